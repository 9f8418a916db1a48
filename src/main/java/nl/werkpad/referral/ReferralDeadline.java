package nl.werkpad.referral;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The term within which an uitvoerder answers a referral: {@code ${referralDeadline.due()}} on the
 * timer of "Aanmelding beoordelen". Counted in working days (Monday to Friday; public holidays are not
 * counted out), configurable with {@code werkpad.verwijzing.termijn-werkdagen} (local policy, default 10).
 */
@Component("referralDeadline")
public class ReferralDeadline {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private final Clock clock;
  private final int workingDays;

  ReferralDeadline(Clock clock, @Value("${werkpad.verwijzing.termijn-werkdagen:10}") int workingDays) {
    this.clock = clock;
    this.workingDays = workingDays;
  }

  /** The end of the term, at the start of the day after the last working day. */
  public Date due() {
    return Date.from(afterWorkingDays(LocalDate.now(clock.withZone(NL)), workingDays).atStartOfDay(NL).toInstant());
  }

  static LocalDate afterWorkingDays(LocalDate start, int days) {
    LocalDate date = start;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return date.plusDays(1);
  }
}
