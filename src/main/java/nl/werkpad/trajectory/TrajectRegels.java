package nl.werkpad.trajectory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import nl.werkpad.kernel.ModelApi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The rules of the instruments as dates and checks for the trajectory's timers and gateways
 * ({@code ${trajectRegels.volgendeEvaluatie(execution)}}). Every date is computed from what is recorded
 * (the current instrument, the last evaluation, the last loonwaarde), so a trajectory that resumes after
 * a change of instrument picks up where it was.
 */
@Component("trajectRegels")
@EnableConfigurationProperties(TrajectProperties.class)
public class TrajectRegels {

  static final String PARTICIPATIEPLAATS = "PARTICIPATIEPLAATS";
  static final String BESCHUT_WERK = "BESCHUT_WERK";
  /** A participatieplaats lasts at most 2 years, extendable twice by a year (Participatiewet art. 10a). */
  static final int PARTICIPATIEPLAATS_MAANDEN = 24;
  static final int MAX_VERLENGINGEN = 2;
  /** ... evaluated after 9 months, and stopped or changed at 12 months without progress (art. 10a). */
  static final List<Integer> PARTICIPATIEPLAATS_EVALUATIES = List.of(9, 12);
  /** ... and schooling offered after 6 months to whom lacks a startkwalificatie (art. 10a). */
  static final int SCHOLING_NA_MAANDEN = 6;
  /** The plan's interval when it gives none: the ladder is measured at least twice a year. */
  static final int STANDAARD_INTERVAL_MAANDEN = 6;
  /** The instruments a trajectory can run with. */
  public static final Set<String> INSTRUMENTEN = Set.of("LEERWERKTRAJECT", "DETACHERING_INDIVIDUEEL", "DETACHERING_GROEP",
      "WERKERVARINGSPLAATS", "PROEFPLAATSING", PARTICIPATIEPLAATS, "STAGE", "JOBCOACHING",
      BESCHUT_WERK, "DAGBESTEDING", "MAATSCHAPPELIJKE_PARTICIPATIE");
  /** Validated methods of loonwaarde measurement on the workplace (Besluit loonkostensubsidie). */
  public static final Set<String> METHODEN = Set.of("DARIUZ", "LOONWAARDE_PLUS", "SIW", "ANDERE_GEVALIDEERDE_METHODE");
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private final TrajectRecords records;
  private final TrajectProperties properties;

  TrajectRegels(TrajectRecords records, TrajectProperties properties) {
    this.records = records;
    this.properties = properties;
  }

  /**
   * The plan's interval after the last evaluation (or the instrument's start); on a participatieplaats
   * also at 9 and 12 months.
   */
  @ModelApi
  public Date volgendeEvaluatie(DelegateExecution execution) {
    String journey = execution.getProcessBusinessKey();
    TrajectInstrument current = huidig(journey);
    LocalDate base = records.laatsteEvaluatie(journey).map(Evaluatie::getGeevalueerdOp).orElse(current.getStartdatum());
    Object interval = execution.getVariable("evaluatieIntervalMaanden");
    LocalDate next = base.plusMonths(interval instanceof Number n ? n.intValue() : STANDAARD_INTERVAL_MAANDEN);
    if (PARTICIPATIEPLAATS.equals(current.getInstrument())) {
      for (int months : PARTICIPATIEPLAATS_EVALUATIES) {
        LocalDate checkpoint = current.getStartdatum().plusMonths(months);
        if (checkpoint.isAfter(base) && checkpoint.isBefore(next)) {
          next = checkpoint;
        }
      }
    }
    return startOf(next);
  }

  @ModelApi
  public boolean heeftTermijn(DelegateExecution execution) {
    return termijnMaanden(huidig(execution.getProcessBusinessKey()).getInstrument()).isPresent();
  }

  /** The end of the current instrument's term, extensions included. */
  @ModelApi
  public Date eindeTermijn(DelegateExecution execution) {
    TrajectInstrument current = huidig(execution.getProcessBusinessKey());
    int months = termijnMaanden(current.getInstrument()).orElseThrow() + 12 * current.getVerlengingen();
    return startOf(current.getStartdatum().plusMonths(months));
  }

  @ModelApi
  public boolean loonkostensubsidie(DelegateExecution execution) {
    return huidig(execution.getProcessBusinessKey()).isLoonkostensubsidie();
  }

  /** A year after the last loonwaarde measurement; three years in beschut werk (Participatiewet art. 10d). */
  @ModelApi
  public Date volgendeLoonwaardemeting(DelegateExecution execution) {
    String journey = execution.getProcessBusinessKey();
    TrajectInstrument current = huidig(journey);
    LocalDate last = records.laatsteLoonwaarde(journey).map(LoonwaardeMeting::getGemetenOp).orElse(current.getStartdatum());
    return startOf(last.plusYears(BESCHUT_WERK.equals(current.getInstrument()) ? 3 : 1));
  }

  /** On a participatieplaats without startkwalificatie, schooling is offered once. */
  @ModelApi
  public boolean scholingAanbieden(DelegateExecution execution) {
    TrajectInstrument current = huidig(execution.getProcessBusinessKey());
    return PARTICIPATIEPLAATS.equals(current.getInstrument()) && current.getScholingAangeboden() == null
        && !Boolean.TRUE.equals(execution.getVariable("startkwalificatie"));
  }

  @ModelApi
  public Date scholingMoment(DelegateExecution execution) {
    return startOf(huidig(execution.getProcessBusinessKey()).getStartdatum().plusMonths(SCHOLING_NA_MAANDEN));
  }

  OptionalInt termijnMaanden(String instrument) {
    if (PARTICIPATIEPLAATS.equals(instrument)) {
      return OptionalInt.of(PARTICIPATIEPLAATS_MAANDEN);
    }
    Integer months = properties.termijnMaanden().get(instrument);
    return months == null ? OptionalInt.empty() : OptionalInt.of(months);
  }

  private TrajectInstrument huidig(String journey) {
    return records.huidigInstrument(journey)
        .orElseThrow(() -> new IllegalStateException("Klantreis " + journey + " heeft geen instrument"));
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(NL).toInstant());
  }
}
