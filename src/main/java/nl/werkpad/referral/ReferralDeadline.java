package nl.werkpad.referral;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.werkpad.kernel.ModelApi;
import org.springframework.stereotype.Component;

/**
 * The term within which an uitvoerder answers a referral: {@code ${referralDeadline.due(10)}} as the due
 * date of "Aanmelding beoordelen" and on its timer, so the number of working days (local policy) is in
 * the model, where a process designer changes it. Working days are Monday to Friday; public holidays
 * are not counted out.
 */
@Component("referralDeadline")
public class ReferralDeadline {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  /** The term of model versions from before it was in the model; journeys that began with one keep it. */
  private static final int EARLIER_WORKING_DAYS = 10;

  private final Clock clock;

  ReferralDeadline(Clock clock) {
    this.clock = clock;
  }

  /** The end of the term, at the start of the day after the last of these working days from today. */
  @ModelApi
  public Date due(int workingDays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("De termijn van de verwijzing moet minstens 1 werkdag zijn, niet " + workingDays);
    }
    return Date.from(afterWorkingDays(LocalDate.now(clock.withZone(NL)), workingDays).atStartOfDay(NL).toInstant());
  }

  /** For journeys that started with a model version that named no term. */
  @ModelApi
  public Date due() {
    return due(EARLIER_WORKING_DAYS);
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
