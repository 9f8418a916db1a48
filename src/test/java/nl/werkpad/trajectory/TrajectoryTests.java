package nl.werkpad.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.meting.LadderMeting;
import nl.werkpad.meting.Participatieladder;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trajectory at the uitvoerder, with timers moved by the engine clock: evaluations and the
 * proposal of EvaluationOutcome, the rules of the instruments (participatieplaats, loonwaarde,
 * terms), a change of instrument, every outcome closing the zaak, and a new plan in the same journey.
 * Runs on H2 and on PostgreSQL (see the subclasses).
 */
@ApplicationTest
abstract class TrajectoryTests {

  static final String GOUDA = "999993653";
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JourneyDriver driver;
  @Autowired JourneyRepository journeys;
  @Autowired TrajectRecords records;
  @Autowired Participatieladder ladder;
  @Autowired JdbcTemplate jdbc;

  private final LocalDate start = LocalDate.now(NL);

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    driver.deleteAll();
  }

  @Test
  void aGoudaClientOnAWerkervaringsplaatsIsEvaluatedTwiceAndFindsWorkWithLoonkostensubsidie() {
    ProcessInstance journey = accepted(GOUDA, "LEERWERKTRAJECT", 3, true);
    String number = driver.journeyNumber(journey);
    assertThat(candidates(driver.openTask(journey, "UserTask_TrajectVolgen"))).containsExactly("klantmanagers-0513");
    startInstrument(journey, "UserTask_TrajectStarten", "WERKERVARINGSPLAATS", Map.of());

    moveTo(start.plusMonths(3));
    Task eerste = driver.openTask(journey, "UserTask_VoortgangEvalueren");
    assertThat(candidates(eerste)).containsExactly("trajectbegeleiders-promen");
    driver.complete(journey, "UserTask_VoortgangEvalueren", Map.of("participatieladder", "4", "doelenBehaald", "DEELS",
        "evaluatieOpmerkingen", "Werkt zelfstandig in de kas"));
    Task volgen = driver.openTask(journey, "UserTask_TrajectVolgen");
    assertThat((String) runtime.getVariable(volgen.getExecutionId(), "evaluatieOverzicht")).as("what the klantmanager sees")
        .contains(start.plusMonths(3) + ": trede 4", "voorstel doorgaan", "Werkt zelfstandig in de kas");

    moveTo(start.plusMonths(6));
    driver.complete(journey, "UserTask_VoortgangEvalueren", Map.of("participatieladder", "5", "doelenBehaald", "DEELS",
        "werkGevonden", true));
    Task afronden = driver.openTask(journey, "UserTask_TrajectAfronden");
    assertThat((String) runtime.getVariable(afronden.getExecutionId(), "evaluatieVoorstelReden")).contains("werk gevonden");
    driver.complete(journey, "UserTask_TrajectAfronden", Map.of("trajectUitkomst", "WERK_LOONKOSTENSUBSIDIE",
        "uitkomstDatum", start.plusMonths(6).toString(), "afsluitToelichting", "In dienst bij de kwekerij, met loonkostensubsidie"));
    driver.runJobs();

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).as("journey ended").isZero();
    Journey closed = journeys.findByNumber(number).orElseThrow();
    assertThat(closed.getUitkomst()).isEqualTo("WERK_LOONKOSTENSUBSIDIE");
    assertThat(zaakResultaat(number, "0513")).isEqualTo("WERK_LOONKOSTENSUBSIDIE");
    assertThat(zaakResultaat(number, "PROMEN")).isEqualTo("WERK_LOONKOSTENSUBSIDIE");
    assertThat(ladder.metingen(number)).extracting(LadderMeting::getTrede).containsExactly(3, 4, 5);
    assertThat(records.evaluaties(number)).extracting(Evaluatie::getVoorstel).containsExactly("DOORGAAN", "AFRONDEN");
    assertThat(records.uitkomsten(number)).extracting(TrajectUitkomst::getUitkomst).containsExactly("WERK_LOONKOSTENSUBSIDIE");
    assertThat(records.instrumenten(number)).singleElement()
        .satisfies(i -> assertThat(i.getEinddatum()).isEqualTo(start.plusMonths(6)));
  }

  @Test
  void anEvaluationThatSaysAdjustReturnsToTheKlantmanagerInTheSameJourney() {
    ProcessInstance journey = accepted(GOUDA, "LEERWERKTRAJECT", 6, true);
    String number = driver.journeyNumber(journey);
    startInstrument(journey, "UserTask_TrajectStarten", "LEERWERKTRAJECT", Map.of());
    moveTo(start.plusMonths(6));
    driver.complete(journey, "UserTask_VoortgangEvalueren", Map.of("participatieladder", "4", "doelenBehaald", "JA"));

    Task plan = driver.openTask(journey, "UserTask_PlanBijstellen");
    assertThat(candidates(plan)).containsExactly("klantmanagers-0513");
    assertThat(driver.journeyNumber(journey)).isEqualTo(number);
    assertThat(records.uitkomsten(number)).extracting(TrajectUitkomst::getUitkomst).containsExactly("NIEUW_PLAN");
    assertThatThrownBy(() -> driver.complete(journey, "UserTask_PlanBijstellen",
        Map.of("route", "DETACHERING", "doelen", "Gedetacheerd bij een hovenier")))
        .hasRootCauseMessage("Vul waarom de route verandert in.");
    driver.complete(journey, "UserTask_PlanBijstellen", Map.of("route", "LEERWERKTRAJECT",
        "doelen", "Nu ook het vakdiploma halen", "evaluatieIntervalMaanden", 4));

    assertThat(candidates(driver.openTask(journey, "UserTask_TrajectStarten")))
        .as("the same route goes straight back to the uitvoerder").containsExactly("trajectbegeleiders-promen");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("UserTask_AanmeldingBeoordelen")
        .count()).isZero();
    startInstrument(journey, "UserTask_TrajectStarten", "LEERWERKTRAJECT", Map.of());
    moveTo(start.plusMonths(10));
    driver.complete(journey, "UserTask_VoortgangEvalueren", Map.of("participatieladder", "4", "doelenBehaald", "JA"));
    driver.complete(journey, "UserTask_PlanBijstellen", Map.of("route", "DETACHERING",
        "routeWijzigingReden", "Klaar voor een detachering", "doelen", "Gedetacheerd bij een hovenier"));
    assertThat(driver.openTask(journey, "UserTask_AanmeldingBeoordelen")).as("another route is referred again").isNotNull();
  }

  @Test
  void aParticipatieplaatsOffersSchoolingIsEvaluatedAt9MonthsAndEndsAfterTwoExtensions() {
    ProcessInstance journey = accepted(GOUDA, "LEERWERKTRAJECT", 12, false);
    String number = driver.journeyNumber(journey);
    startInstrument(journey, "UserTask_TrajectStarten", "PARTICIPATIEPLAATS", Map.of());

    moveTo(start.plusMonths(6));
    driver.complete(journey, "UserTask_ScholingAanbieden", Map.of("scholingAangebodenOp", start.plusMonths(6).toString(),
        "scholingToelichting", "Cursus VCA aangeboden; de klant doet mee"));
    assertThat(records.huidigInstrument(number).orElseThrow().getScholingAangeboden()).isEqualTo(start.plusMonths(6));
    moveTo(start.plusMonths(9).minusDays(1));
    assertThat(open(journey, "UserTask_VoortgangEvalueren")).isEmpty();
    moveTo(start.plusMonths(9));
    driver.complete(journey, "UserTask_VoortgangEvalueren", Map.of("participatieladder", "4", "doelenBehaald", "DEELS"));
    moveTo(start.plusMonths(12));
    driver.complete(journey, "UserTask_VoortgangEvalueren", Map.of("participatieladder", "4", "doelenBehaald", "DEELS"));

    moveTo(start.plusMonths(24));
    driver.complete(journey, "UserTask_TermijnVerstreken", Map.of("termijnVervolg", "VERLENGEN"));
    moveTo(start.plusMonths(36));
    driver.complete(journey, "UserTask_TermijnVerstreken", Map.of("termijnVervolg", "VERLENGEN"));
    assertThat(records.huidigInstrument(number).orElseThrow().getVerlengingen()).isEqualTo(2);
    moveTo(start.plusMonths(48));
    assertThatThrownBy(() -> driver.complete(journey, "UserTask_TermijnVerstreken", Map.of("termijnVervolg", "VERLENGEN")))
        .hasRootCauseMessage("Verlengen kan alleen bij een participatieplaats, en ten hoogste twee keer met een jaar. "
            + "Kies een ander instrument of rond het traject af.");
    driver.complete(journey, "UserTask_TermijnVerstreken", Map.of("termijnVervolg", "INSTRUMENT_WIJZIGEN"));

    assertThat(open(journey, "UserTask_VoortgangEvalueren")).as("the running part ended").isEmpty();
    startInstrument(journey, "UserTask_InstrumentWijzigen", "LEERWERKTRAJECT", Map.of());
    assertThat(records.instrumenten(number)).extracting(TrajectInstrument::getInstrument)
        .containsExactly("PARTICIPATIEPLAATS", "LEERWERKTRAJECT");
    assertThat(records.instrumenten(number).get(0).getEinddatum()).isEqualTo(start.plusMonths(48));
  }

  @Test
  void twelveMonthsOnAParticipatieplaatsWithoutProgressGoBackToThePlan() {
    ProcessInstance journey = accepted(GOUDA, "LEERWERKTRAJECT", 12, true);
    startInstrument(journey, "UserTask_TrajectStarten", "PARTICIPATIEPLAATS", Map.of());
    moveTo(start.plusMonths(9));
    driver.complete(journey, "UserTask_VoortgangEvalueren", Map.of("participatieladder", "3", "doelenBehaald", "DEELS"));
    moveTo(start.plusMonths(12));
    driver.complete(journey, "UserTask_VoortgangEvalueren", Map.of("participatieladder", "3", "doelenBehaald", "DEELS"));
    Task plan = driver.openTask(journey, "UserTask_PlanBijstellen");
    assertThat((String) runtime.getVariable(plan.getExecutionId(), "evaluatieVoorstelReden")).contains("participatieplaats");
  }

  @Test
  void theLoonwaardeIsMeasuredAgainEveryYearAndEveryThreeYearsInBeschutWerk() {
    ProcessInstance detachering = accepted(GOUDA, "DETACHERING", 12, true);
    String number = driver.journeyNumber(detachering);
    assertThatThrownBy(() -> startInstrument(detachering, "UserTask_TrajectStarten", "DETACHERING_INDIVIDUEEL",
        Map.of("loonkostensubsidie", true)))
        .hasRootCauseMessage("Vul de loonwaarde (procent van het wettelijk minimumloon) in.");
    startInstrument(detachering, "UserTask_TrajectStarten", "DETACHERING_INDIVIDUEEL", Map.of("loonkostensubsidie", true,
        "loonwaarde", 60, "loonwaardeMeetdatum", start.toString(), "loonwaardeMethode", "DARIUZ"));
    moveTo(start.plusYears(1));
    driver.complete(detachering, "UserTask_LoonwaardeMeten", Map.of("loonwaarde", 70,
        "loonwaardeMeetdatum", start.plusYears(1).toString(), "loonwaardeMethode", "DARIUZ"));
    assertThat(records.laatsteLoonwaarde(number).orElseThrow().getLoonwaarde()).isEqualTo(70);
    driver.deleteAll();
    ClockUtil.reset();

    ProcessInstance beschut = accepted(GOUDA, "DETACHERING", 12, true);
    startInstrument(beschut, "UserTask_TrajectStarten", "BESCHUT_WERK", Map.of(
        "loonwaarde", 40, "loonwaardeMeetdatum", start.toString(), "loonwaardeMethode", "LOONWAARDE_PLUS"));
    moveTo(start.plusYears(2));
    assertThat(open(beschut, "UserTask_LoonwaardeMeten")).as("not yearly in beschut werk").isEmpty();
    moveTo(start.plusYears(3));
    assertThat(open(beschut, "UserTask_LoonwaardeMeten")).hasSize(1);
  }

  @Test
  void aProefplaatsingEndsAfterItsTermAndEveryEndClosesTheZaken() {
    ProcessInstance journey = accepted(GOUDA, "DETACHERING", 6, true);
    String number = driver.journeyNumber(journey);
    startInstrument(journey, "UserTask_TrajectStarten", "PROEFPLAATSING", Map.of());
    moveTo(start.plusMonths(3));
    driver.complete(journey, "UserTask_TermijnVerstreken", Map.of("termijnVervolg", "AFRONDEN"));
    assertThatThrownBy(() -> driver.complete(journey, "UserTask_TrajectAfronden",
        Map.of("trajectUitkomst", "GESTOPT", "uitkomstDatum", start.plusMonths(3).toString())))
        .hasRootCauseMessage("Vul de reden om te stoppen in.");
    driver.complete(journey, "UserTask_TrajectAfronden", Map.of("trajectUitkomst", "GESTOPT",
        "stopReden", "Langdurig ziek", "uitkomstDatum", start.plusMonths(3).toString()));
    driver.runJobs();
    assertThat(journeys.findByNumber(number).orElseThrow().getUitkomst()).isEqualTo("GESTOPT");
    assertThat(zaakResultaat(number, "0513")).isEqualTo("GESTOPT");
    assertThat(zaakResultaat(number, "PROMEN")).isEqualTo("GESTOPT");
    assertThat(records.uitkomsten(number)).singleElement().satisfies(u -> assertThat(u.getReden()).isEqualTo("Langdurig ziek"));
  }

  @Test
  void theKlantmanagerStopsTheTrajectoryWhenTheClientMovesAway() {
    ProcessInstance journey = accepted(GOUDA, "DETACHERING", 6, true);
    String number = driver.journeyNumber(journey);
    startInstrument(journey, "UserTask_TrajectStarten", "DETACHERING_GROEP", Map.of());
    driver.complete(journey, "UserTask_TrajectVolgen", Map.of("trajectUitkomst", "VERHUISD",
        "uitkomstDatum", start.toString(), "afsluitToelichting", "Verhuisd naar Utrecht"));
    driver.runJobs();
    assertThat(journeys.findByNumber(number).orElseThrow().getUitkomst()).isEqualTo("VERHUISD");
    assertThat(zaakResultaat(number, "PROMEN")).isEqualTo("VERHUISD");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).count()).as("nothing left open").isZero();
  }

  /** A journey with the given route, accepted by the uitvoerder, waiting for "Traject starten". */
  private ProcessInstance accepted(String bsn, String route, int intervalMaanden, boolean startkwalificatie) {
    ProcessInstance journey = driver.start(bsn, "0513");
    Map<String, Object> intake = new HashMap<>(Map.of("participatieladder", "3", "taaleis", "VOLDAAN",
        "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
        "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", startkwalificatie));
    driver.complete(journey, "UserTask_BredeIntake", intake);
    driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "ANDERE_ROUTE", "route", route,
        "routeAfwijkingReden", "Besproken met de klant", "doelen", "Werk", "evaluatieIntervalMaanden", intervalMaanden));
    driver.complete(journey, "UserTask_AanmeldingBeoordelen", Map.of("beoordeling", "AANGENOMEN"));
    driver.complete(journey, "UserTask_Driegesprek", Map.of("driegesprekDatum", start.toString()));
    return journey;
  }

  private void startInstrument(ProcessInstance journey, String task, String instrument, Map<String, Object> extra) {
    Map<String, Object> answers = new HashMap<>(Map.of("instrument", instrument,
        "trajectStartdatum", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), NL).toString(),
        "werkplek", "Kwekerij De Groene Vingers"));
    answers.putAll(extra);
    driver.complete(journey, task, answers);
    driver.runJobs();
  }

  private String zaakResultaat(String number, String organisation) {
    return jdbc.queryForObject("select resultaat from wp_zaak where journey_number = ? and organisation = ? and einddatum is not null",
        String.class, number, organisation);
  }

  private List<Task> open(ProcessInstance journey, String taskDefinitionKey) {
    driver.runJobs();
    return tasks.createTaskQuery().processInstanceBusinessKey(driver.journeyNumber(journey))
        .taskDefinitionKey(taskDefinitionKey).list();
  }

  private void moveTo(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)).atZone(NL).toInstant()));
    driver.runJobs();
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
  }
}
