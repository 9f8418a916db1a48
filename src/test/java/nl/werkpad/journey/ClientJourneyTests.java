package nl.werkpad.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The client journey walked through every stage with the real models and decisions, as the
 * engine runs them in the application. Runs on H2 and on PostgreSQL (see the subclasses).
 */
@ApplicationTest
abstract class ClientJourneyTests {

  static final String GOUDA_BSN = "999993653";
  static final String ALPHEN_BSN = "999994542";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired JourneyRepository journeys;
  @Autowired JourneyDriver driver;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    identity.clearAuthentication();
    driver.deleteAll();
  }

  @Test
  void walksEveryStageFromAanmeldingToOutcome() {
    ProcessInstance journey = driver.start(GOUDA_BSN, "0513");
    String number = driver.journeyNumber(journey);
    assertThat(number).matches("KR-\\d{4}-\\d{6}").doesNotContain(GOUDA_BSN);
    assertThat(journey.getTenantId()).isEqualTo("gm0513");

    assertThat(journey).isWaitingAt("CallActivity_Intake");
    ProcessInstance intake = calledProcessInstance(journey);
    assertThat(intake.getTenantId()).isEqualTo("gm0513");
    Task bredeIntake = driver.openTask(journey, "UserTask_BredeIntake");
    assertThat(candidateGroups(bredeIntake)).containsExactly("klantmanagers-0513");
    assertThat(runtime.getVariables(bredeIntake.getExecutionId()))
        .containsKeys("persoonNaam", "adres", "geboortedatum", "zaaknummer")
        .containsEntry("leeftijd", 36).containsEntry("ingeschrevenInWoongemeente", true);
    driver.complete(journey, "UserTask_BredeIntake", intakeAnswers("4", Map.of("loonwaarde", 80)));
    Task plan = driver.openTask(journey, "UserTask_PlanVanAanpak");
    assertThat(runtime.getVariable(plan.getExecutionId(), "routeVoorstel")).isEqualTo("DETACHERING");
    assertThat((String) runtime.getVariable(plan.getExecutionId(), "routeReden")).isNotBlank();
    driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "VOORSTEL",
        "doelen", "Binnen een half jaar 24 uur per week gedetacheerd", "evaluatieIntervalMaanden", 6));
    driver.runJobs();

    assertThat(journey).isWaitingAt("CallActivity_Referral");
    assertThat(runtime.getVariable(journey.getId(), "uitvoeringsorganisatie")).isNull();
    Task beoordelen = driver.openTask(journey, "UserTask_AanmeldingBeoordelen");
    assertThat(candidateGroups(beoordelen)).containsExactly("trajectbegeleiders-promen");
    driver.complete(journey, "UserTask_AanmeldingBeoordelen", Map.of("beoordeling", "AANGENOMEN"));
    driver.complete(journey, "UserTask_Driegesprek", Map.of("driegesprekDatum", "2026-12-01"));
    driver.runJobs();
    assertThat(runtime.getVariable(journey.getId(), "uitvoeringsorganisatie")).isEqualTo("PROMEN");

    assertThat(journey).isWaitingAt("CallActivity_Trajectory");
    LocalDate start = LocalDate.now();
    driver.complete(journey, "UserTask_TrajectStarten", Map.of(
        "instrument", "DETACHERING_INDIVIDUEEL", "trajectStartdatum", start.toString(), "werkplek", "Groenbedrijf"));
    ClockUtil.setCurrentTime(Date.from(start.plusMonths(6).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
    Task eerste = driver.openTask(journey, "UserTask_VoortgangEvalueren");
    assertThat(candidateGroups(eerste)).containsExactly("trajectbegeleiders-promen");
    driver.complete(journey, "UserTask_VoortgangEvalueren", Map.of("participatieladder", "4", "doelenBehaald", "DEELS"));
    ClockUtil.setCurrentTime(Date.from(start.plusMonths(12).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
    driver.complete(journey, "UserTask_VoortgangEvalueren", Map.of(
        "participatieladder", "5", "doelenBehaald", "DEELS", "werkGevonden", true));
    driver.complete(journey, "UserTask_TrajectAfronden", Map.of("trajectUitkomst", "WERK_DETACHERING",
        "uitkomstDatum", start.plusMonths(12).toString(), "afsluitToelichting", "Gedetacheerd bij het groenbedrijf"));
    driver.runJobs();

    assertThat(journey).isEnded();
    Journey closed = journeys.findByNumber(number).orElseThrow();
    assertThat(closed.isActive()).isFalse();
    assertThat(closed.getUitkomst()).isEqualTo("WERK_DETACHERING");

    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(number).list();
    assertThat(instances).extracting(HistoricProcessInstance::getProcessDefinitionKey)
        .contains("ClientJourney", "Intake", "Referral", "Trajectory", "JourneyClosing");
    assertThat(instances).allSatisfy(pi -> assertThat(pi.getTenantId()).isEqualTo("gm0513"));
  }

  @Test
  void intakeThatStopsGoesStraightToClosing() {
    ProcessInstance journey = driver.start(GOUDA_BSN, "0513");
    driver.complete(journey, "UserTask_BredeIntake", intakeAnswers("6",
        Map.of("intakeUitkomst", "STOPPEN", "stopReden", "Heeft zelf werk gevonden")));
    driver.complete(journey, "UserTask_UitkomstVastleggen", Map.of(
        "uitkomst", "WERK_REGULIER", "afsluitToelichting", "Zelf werk gevonden voor de intake klaar was"));
    driver.runJobs();
    assertThat(journey).isEnded().hasNotPassed("CallActivity_Referral", "CallActivity_Trajectory");
  }

  @Test
  void returnedReferralComesBackToTheKlantmanagerAndIsReferredAgain() {
    ProcessInstance journey = planned(GOUDA_BSN, "0513", "DETACHERING");
    driver.complete(journey, "UserTask_AanmeldingBeoordelen", Map.of(
        "beoordeling", "TERUGGESTUURD", "retourReden", "Eerst een taaltraject nodig"));
    Task aanpassen = driver.openTask(journey, "UserTask_VerwijzingAanpassen");
    assertThat(candidateGroups(aanpassen)).containsExactly("klantmanagers-0513");
    driver.complete(journey, "UserTask_VerwijzingAanpassen", Map.of(
        "route", "LEERWERKTRAJECT", "doelen", "Taaltraject naast een leer-werktraject"));
    assertThat(candidateGroups(driver.openTask(journey, "UserTask_AanmeldingBeoordelen")))
        .containsExactly("trajectbegeleiders-promen");
  }

  @Test
  void alphenDoesItsOwnTrajectoriesButSendsTheWswToPromen() {
    ProcessInstance leerwerk = planned(ALPHEN_BSN, "0484", "LEERWERKTRAJECT");
    assertThat(candidateGroups(driver.openTask(leerwerk, "UserTask_AanmeldingBeoordelen")))
        .containsExactly("trajectbegeleiders-0484");
    driver.deleteAll();

    ProcessInstance wsw = planned(ALPHEN_BSN, "0484", "WSW");
    assertThat(candidateGroups(driver.openTask(wsw, "UserTask_AanmeldingBeoordelen")))
        .containsExactly("trajectbegeleiders-promen");
  }

  @Test
  void municipalityWithoutProviderAsksTheKlantmanagerToChoose() {
    // A municipality that the decision does not know (here started directly, outside a journey).
    ProcessInstance referral = runtime.startProcessInstanceByKey("Referral",
        Variables.putValue("woongemeente", "0999").putValue("route", "DETACHERING"));
    assertThat(referral).isWaitingAt("UserTask_UitvoerderBepalen");
    Task kiezen = tasks.createTaskQuery().processInstanceId(referral.getId())
        .taskDefinitionKey("UserTask_UitvoerderBepalen").singleResult();
    assertThat(candidateGroups(kiezen)).containsExactly("klantmanagers-0999");
    tasks.complete(kiezen.getId(), Map.of("uitvoeringsorganisatie", "WVS"));
    assertThat(referral).isWaitingAt("UserTask_AanmeldingBeoordelen");
  }

  @Test
  void invalidStartsCreateNothing() {
    long before = runtime.createProcessInstanceQuery().count();
    assertRejected(() -> driver.start("123456789", "0513"), RejectedInputException.Reason.INVALID_INPUT, "elfproef");
    assertRejected(() -> driver.start(GOUDA_BSN, "9999"), RejectedInputException.Reason.INVALID_INPUT, "onbekend");
    assertRejected(() -> driver.start(GOUDA_BSN, "Gouda"), RejectedInputException.Reason.INVALID_INPUT, "vier cijfers");
    assertRejected(() -> runtime.startProcessInstanceByKey("ClientJourney",
        Variables.putValue("bsn", 999993653L).putValue("woongemeente", "0513")),
        RejectedInputException.Reason.INVALID_INPUT, "BSN");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(journeys.findByActiveBsn(GOUDA_BSN)).isEmpty();
  }

  @Test
  void klantmanagerMayOnlyStartForTheirOwnMunicipalityAndGetsItPreset() {
    asUser("km-gouda", List.of("klantmanagers", "klantmanagers-0513"), List.of("gm0513"));
    assertRejected(() -> driver.start(GOUDA_BSN, "0502"), RejectedInputException.Reason.FORBIDDEN,
        "Capelle aan den IJssel");
    ProcessInstance preset = runtime.startProcessInstanceByKey("ClientJourney", Variables.putValue("bsn", GOUDA_BSN));
    assertThat(preset.getTenantId()).isEqualTo("gm0513");
    assertThat(runtime.getVariable(preset.getId(), "woongemeente")).isEqualTo("0513");
  }

  @Test
  void oneActiveJourneyPerPersonUntilItEnds() {
    ProcessInstance first = driver.start(GOUDA_BSN, "0513");
    String number = driver.journeyNumber(first);
    assertRejected(() -> driver.start(GOUDA_BSN, "0513"), RejectedInputException.Reason.ALREADY_ACTIVE, number);
    assertRejected(() -> driver.start(GOUDA_BSN, "0502"), RejectedInputException.Reason.ALREADY_ACTIVE,
        "andere gemeente");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ClientJourney").count()).isEqualTo(1);

    runtime.deleteProcessInstance(first.getId(), "cancelled in Cockpit");
    assertThat(journeys.findByNumber(number).orElseThrow().getUitkomst()).isEqualTo("GEANNULEERD");
    ProcessInstance second = driver.start(GOUDA_BSN, "0513");
    assertThat(driver.journeyNumber(second)).isNotEqualTo(number);
  }

  private ProcessInstance planned(String bsn, String gemeente, String route) {
    ProcessInstance journey = driver.start(bsn, gemeente);
    driver.complete(journey, "UserTask_BredeIntake", intakeAnswers("3", Map.of()));
    driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "ANDERE_ROUTE", "route", route,
        "routeAfwijkingReden", "Besproken met de klant", "doelen", "Werk", "evaluatieIntervalMaanden", 6));
    return journey;
  }

  /** Answers of a person with arbeidsvermogen and no special needs, plus the given ones. */
  static Map<String, Object> intakeAnswers(String ladder, Map<String, Object> extra) {
    Map<String, Object> answers = new java.util.HashMap<>(Map.of("participatieladder", ladder, "taaleis", "VOLDAAN",
        "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
        "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", true));
    answers.putAll(extra);
    return answers;
  }

  private void asUser(String user, List<String> groups, List<String> tenants) {
    identity.setAuthentication(user, groups, tenants);
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(link -> link.getGroupId())
        .toList();
  }

  private static void assertRejected(Runnable start, RejectedInputException.Reason reason, String messagePart) {
    assertThatThrownBy(start::run)
        .isInstanceOfSatisfying(RejectedInputException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.getMessage()).contains(messagePart).doesNotContain(GOUDA_BSN);
        });
  }
}
