package nl.werkpad.journey;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
