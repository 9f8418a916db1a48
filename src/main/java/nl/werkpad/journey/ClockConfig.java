package nl.werkpad.journey;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

  /**
   * Werkpad's time is the engine's time, so that terms computed in Java (a year's beschut werk
   * placements, a referral's due date) agree with the timers the engine fires. In production both are
   * the system clock; tests move both at once with the engine's clock.
   */
  @Bean
  Clock clock() {
    return new EngineClock(ZoneId.systemDefault());
  }

  private static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
