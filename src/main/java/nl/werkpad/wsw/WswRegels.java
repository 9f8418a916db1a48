package nl.werkpad.wsw;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.person.AowLeeftijd;
import nl.werkpad.trajectory.Evaluatie;
import nl.werkpad.trajectory.TrajectRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates of a Wsw dienstverband for its timers ({@code ${wswRegels.herindicatieSignaal(execution)}}),
 * computed from what is recorded, so a changed indication moves them.
 */
@Component("wswRegels")
public class WswRegels {

  /** UWV is asked for a herindicatie at least 16 weeks before the indication ends (Wsw). */
  static final int HERINDICATIE_UITERLIJK_WEKEN = 16;
  private static final int STANDAARD_INTERVAL_MAANDEN = 6;
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private final WswRecords records;
  private final TrajectRecords trajecten;
  private final JourneyRepository journeys;
  private final int signaalWeken;

  WswRegels(WswRecords records, TrajectRecords trajecten, JourneyRepository journeys,
      @Value("${werkpad.wsw.herindicatie-signaal-weken:26}") int signaalWeken) {
    this.records = records;
    this.trajecten = trajecten;
    this.journeys = journeys;
    this.signaalWeken = signaalWeken;
  }

  /** When the klantmanager gets the herindicatie: some weeks before the 16-week deadline, to prepare it. */
  @ModelApi
  public Date herindicatieSignaal(DelegateExecution execution) {
    return startOf(einddatum(execution).minusWeeks(signaalWeken));
  }

  /** The latest day to ask UWV: 16 weeks before the indication ends. */
  @ModelApi
  public Date herindicatieUiterlijk(DelegateExecution execution) {
    return startOf(einddatum(execution).minusWeeks(HERINDICATIE_UITERLIJK_WEKEN));
  }

  /** The plan's interval (six months) after the last evaluation, or after the dienstverband was registered. */
  @ModelApi
  public Date volgendeEvaluatie(DelegateExecution execution) {
    String journey = execution.getProcessBusinessKey();
    LocalDate base = trajecten.laatsteEvaluatie(journey).map(Evaluatie::getGeevalueerdOp)
        .orElseGet(() -> LocalDate.ofInstant(journeys.findByNumber(journey).orElseThrow().getStartedAt(), NL));
    Object interval = execution.getVariable("evaluatieIntervalMaanden");
    return startOf(base.plusMonths(interval instanceof Number n ? n.intValue() : STANDAARD_INTERVAL_MAANDEN));
  }

  @ModelApi
  public boolean geboortedatumBekend(DelegateExecution execution) {
    Object geboortedatum = execution.getVariable("geboortedatum");
    return geboortedatum != null && !geboortedatum.toString().isBlank();
  }

  /** The dienstverband ends when the employee reaches the AOW age (the indication lapses). */
  @ModelApi
  public Date aowDatum(DelegateExecution execution) {
    return startOf(AowLeeftijd.reachedOn(LocalDate.parse(execution.getVariable("geboortedatum").toString())));
  }

  private LocalDate einddatum(DelegateExecution execution) {
    return records.dienstverband(execution.getProcessBusinessKey()).getIndicatieEinddatum();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(NL).toInstant());
  }
}
