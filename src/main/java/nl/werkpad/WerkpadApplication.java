package nl.werkpad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** Werkpad: the client journey of werk en participatie, from intake to outcome. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(WerkpadProcessApplication.class)
public class WerkpadApplication {

  public static void main(String[] args) {
    SpringApplication.run(WerkpadApplication.class, args);
  }
}
