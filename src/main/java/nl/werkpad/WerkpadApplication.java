package nl.werkpad;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Werkpad: the client journey of werk en participatie, from intake to outcome. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableProcessApplication("werkpad")
public class WerkpadApplication {

  public static void main(String[] args) {
    SpringApplication.run(WerkpadApplication.class, args);
  }
}
