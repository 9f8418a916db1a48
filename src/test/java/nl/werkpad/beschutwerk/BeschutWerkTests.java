package nl.werkpad.beschutwerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.beschutwerk.BeschutWerkDossier.Status;
import nl.werkpad.journey.JourneyRepository;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Beschut werk in the journey: pre-selection, the request to UWV, the wait for the advice (a letter
 * registered or a message), UWV's 8-week term, the decision with the taakstelling and its waiting list,
 * and a rejection that comes back after 12 months. The test configuration gives Roosendaal one place a
 * year; Gouda has no taakstelling. Runs on H2 and on PostgreSQL (see the subclasses).
 */
@ApplicationTest
abstract class BeschutWerkTests {

  static final String ROOSENDAAL = "999990056";
  static final String ROOSENDAAL_2 = "999990172";
  static final String ROOSENDAAL_3 = "999990184";
  static final String GOUDA = "999993653";
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JourneyDriver driver;
  @Autowired JourneyRepository journeys;
  @Autowired BeschutWerkRecords records;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    driver.deleteAll();
  }

  @Test
  void roosendaalClientGetsAUwvRequestAReminderAfterEightWeeksAndAfterAPositiveAdviceADecision() {
    ProcessInstance journey = toBeschutWerk(ROOSENDAAL, "1674");
    String number = driver.journeyNumber(journey);

    Task versturen = driver.openTask(journey, "UserTask_AanvraagVersturen");
    assertThat(candidates(versturen)).containsExactly("klantmanagers-1674");
    assertThat((String) runtime.getVariable(versturen.getExecutionId(), "uwvAanvraagKenmerk")).startsWith(number + "/");
    assertThat(jdbc.queryForObject("select count(*) from wp_uwv_verzoek where journey_number = ? and soort = ?",
        Long.class, number, "ADVIES_BESCHUT_WERK")).as("the request is recorded").isEqualTo(1);
    assertThat(dossier(journey).getStatus()).isEqualTo(Status.ADVIES_GEVRAAGD);
    assertThatThrownBy(() -> driver.complete(journey, "UserTask_AanvraagVersturen",
        Map.of("uwvAdviesAangevraagdOp", LocalDate.now().plusDays(3).toString())))
        .hasRootCauseMessage("De datum waarop de aanvraag naar UWV is verstuurd ligt in de toekomst.");
    LocalDate sent = LocalDate.now(NL);
    driver.complete(journey, "UserTask_AanvraagVersturen", Map.of("uwvAdviesAangevraagdOp", sent.toString()));

    Task registreren = driver.openTask(journey, "UserTask_AdviesRegistreren");
    assertThat(registreren.getDueDate()).isEqualTo(startOf(sent.plusWeeks(8).plusDays(1)));
    moveTo(sent.plusWeeks(8).atTime(12, 0));
    assertThat(open(journey, "UserTask_UwvHerinneren")).as("still within UWV's 8 weeks").isEmpty();
    moveTo(sent.plusWeeks(8).plusDays(1).atTime(9, 0));
    assertThat(candidates(driver.openTask(journey, "UserTask_UwvHerinneren"))).containsExactly("klantmanagers-1674");
    driver.openTask(journey, "UserTask_AdviesRegistreren");

    assertThatThrownBy(() -> driver.complete(journey, "UserTask_AdviesRegistreren", Map.of("uwvAdvies", "MISSCHIEN")))
        .hasRootCauseMessage("Kies het advies van UWV: positief of negatief.");
    assertThatThrownBy(() -> driver.complete(journey, "UserTask_AdviesRegistreren",
        Map.of("uwvAdvies", "POSITIEF", "uwvAdviesDatum", sent.minusDays(1).toString())))
        .hasRootCauseMessage("Het UWV-advies is gedateerd vóór de aanvraag van " + sent + ": controleer de datum.");
    LocalDate adviesDatum = sent.plusWeeks(8).plusDays(1);
    driver.complete(journey, "UserTask_AdviesRegistreren",
        Map.of("uwvAdvies", "POSITIEF", "uwvAdviesDatum", adviesDatum.toString()));

    Task besluit = driver.openTask(journey, "UserTask_BesluitVastleggen");
    assertThat(open(journey, "UserTask_UwvHerinneren")).as("the reminder ends with the wait").isEmpty();
    assertThat(runtime.getVariable(besluit.getExecutionId(), "beschutWerkBesluit")).isEqualTo("TOEKENNEN");
    assertThat((String) runtime.getVariable(besluit.getExecutionId(), "beschutWerkReden")).contains("positief");
    assertThat(runtime.getVariable(besluit.getExecutionId(), "doelgroepregister")).isEqualTo(false);
    BeschutWerkDossier granted = dossier(journey);
    assertThat(granted.getStatus()).isEqualTo(Status.TOEGEKEND);
    assertThat(granted.getToegekendOp()).isEqualTo(adviesDatum);
    assertThat(granted.getUwvAdvies()).isEqualTo("POSITIEF");
    assertThat(granted.getDoelgroepregister()).as("not in the doelgroepregister").isFalse();

    assertThatThrownBy(() -> driver.complete(journey, "UserTask_BesluitVastleggen",
        Map.of("besluitDatum", adviesDatum.toString(), "urenPerWeek", 60)))
        .hasRootCauseMessage("Het aantal uren per week moet een heel getal van 1 tot en met 40 zijn.");
    driver.complete(journey, "UserTask_BesluitVastleggen", Map.of("besluitDatum", adviesDatum.toString(), "urenPerWeek", 28));
    assertThat(dossier(journey).getUrenPerWeek()).isEqualTo(28);

    Task beoordelen = driver.openTask(journey, "UserTask_AanmeldingBeoordelen");
    assertThat(candidates(beoordelen)).as("beschut werk at WVS").containsExactly("trajectbegeleiders-wvs");
    assertThat(runtime.getVariable(beoordelen.getExecutionId(), "route")).isEqualTo("BESCHUT_WERK");
  }

  @Test
  void anAdviceByMessageEndsTheWaitAndARejectionComesBackAfterTwelveMonths() {
    ProcessInstance journey = toBeschutWerk(ROOSENDAAL, "1674");
    String number = driver.journeyNumber(journey);
    LocalDate sent = LocalDate.now(NL);
    driver.complete(journey, "UserTask_AanvraagVersturen", Map.of("uwvAdviesAangevraagdOp", sent.toString()));
    driver.openTask(journey, "UserTask_AdviesRegistreren");

    ResponseEntity<Map> wrong = message(Map.of("messageName", "UwvAdviesBeschutWerk", "businessKey", number,
        "processVariables", Map.of("uwvAdvies", value("MISSCHIEN"), "uwvAdviesDatum", value(sent.toString()))));
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody()).containsEntry("message", "uwvAdvies moet POSITIEF of NEGATIEF zijn.");
    ResponseEntity<Map> otherPerson = message(Map.of("messageName", "UwvAdviesBeschutWerk", "businessKey", number,
        "processVariables", Map.of("bsn", value(GOUDA), "uwvAdvies", value("NEGATIEF"), "uwvAdviesDatum", value(sent.toString()))));
    assertThat(otherPerson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherPerson.getBody().get("message").toString()).doesNotContain(GOUDA);
    driver.openTask(journey, "UserTask_AdviesRegistreren");

    ResponseEntity<Map> advice = message(Map.of("messageName", "UwvAdviesBeschutWerk", "businessKey", number,
        "processVariables", Map.of("uwvAdvies", value("NEGATIEF"), "uwvAdviesDatum", value(sent.toString()))));
    assertThat(advice.getStatusCode().is2xxSuccessful()).as(String.valueOf(advice.getBody())).isTrue();
    assertThat(open(journey, "UserTask_AdviesRegistreren")).as("the letter need not be registered").isEmpty();
    ResponseEntity<Map> again = message(Map.of("messageName", "UwvAdviesBeschutWerk", "businessKey", number,
        "processVariables", Map.of("uwvAdvies", value("NEGATIEF"), "uwvAdviesDatum", value(sent.toString()))));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).containsEntry("reason", "NOT_WAITING");

    Task afwijzing = driver.openTask(journey, "UserTask_AfwijzingVastleggen");
    assertThat((String) runtime.getVariable(afwijzing.getExecutionId(), "beschutWerkReden")).contains("12 maanden");
    assertThatThrownBy(() -> driver.complete(journey, "UserTask_AfwijzingVastleggen",
        Map.of("besluitDatum", sent.toString(), "route", "BESCHUT_WERK")))
        .hasRootCauseMessage("Kies de route die de klant nu volgt (niet beschut werk).");
    driver.complete(journey, "UserTask_AfwijzingVastleggen", Map.of("besluitDatum", sent.toString(),
        "route", "DETACHERING", "besluitToelichting", "Besproken met de klant"));
    BeschutWerkDossier rejected = dossier(journey);
    assertThat(rejected.getStatus()).isEqualTo(Status.AFGEWEZEN);
    assertThat(rejected.getBesluitReden()).contains("12 maanden");

    assertThat(candidates(driver.openTask(journey, "UserTask_AanmeldingBeoordelen")))
        .as("the journey goes on with the other route").containsExactly("trajectbegeleiders-wvs");
    moveTo(sent.plusMonths(12).minusDays(1).atTime(12, 0));
    assertThat(open(journey, "UserTask_BeschutWerkHeroverwegen")).isEmpty();
    moveTo(sent.plusMonths(12).atTime(9, 0));
    Task heroverwegen = driver.openTask(journey, "UserTask_BeschutWerkHeroverwegen");
    assertThat(candidates(heroverwegen)).containsExactly("klantmanagers-1674");
    assertThatThrownBy(() -> driver.complete(journey, "UserTask_BeschutWerkHeroverwegen", Map.of()))
        .hasRootCauseMessage("Vul de afspraak met de klant in.");
    driver.complete(journey, "UserTask_BeschutWerkHeroverwegen", Map.of("heroverwegingConclusie", "Geen nieuwe aanvraag"));
    driver.openTask(journey, "UserTask_AanmeldingBeoordelen");
  }

  @Test
  void anAdviceThePersonAskedForThemselvesStartsAJourneyWithoutANewRequest() {
    LocalDate adviesDatum = LocalDate.now(NL).minusDays(3);
    ResponseEntity<Map> noBsn = message(Map.of("messageName", "UwvAdviesBeschutWerk",
        "processVariables", Map.of("uwvAdvies", value("POSITIEF"), "uwvAdviesDatum", value(adviesDatum.toString()))));
    assertThat(noBsn.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noBsn.getBody().get("message").toString()).contains("processVariables.bsn");

    ResponseEntity<Map> advice = message(Map.of("messageName", "UwvAdviesBeschutWerk",
        "processVariables", Map.of("bsn", value(GOUDA), "woongemeente", value("0513"),
            "uwvAdvies", value("POSITIEF"), "uwvAdviesDatum", value(adviesDatum.toString()))));
    assertThat(advice.getStatusCode().is2xxSuccessful()).as(String.valueOf(advice.getBody())).isTrue();
    String number = journeys.findByActiveBsn(GOUDA).orElseThrow().getNumber();
    ProcessInstance journey = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey("ClientJourney").singleResult();
    assertThat(journey.getTenantId()).isEqualTo("gm0513");
    assertThat(records.find(number).orElseThrow().isZelfAangevraagd()).isTrue();

    // The same advice again: the person has a journey now, which gets it as a task instead.
    ResponseEntity<Map> twice = message(Map.of("messageName", "UwvAdviesBeschutWerk",
        "processVariables", Map.of("bsn", value(GOUDA), "woongemeente", value("0513"),
            "uwvAdvies", value("POSITIEF"), "uwvAdviesDatum", value(adviesDatum.toString()))));
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(twice.getBody().get("message").toString()).contains(number).doesNotContain(GOUDA);
    Task herhaald = driver.openTask(journey, "UserTask_HerhaaldeAanmeldingBeoordelen");
    assertThat((String) runtime.getVariable(herhaald.getExecutionId(), "herhaaldeAanmeldingAanleiding"))
        .contains("UWV-advies beschut werk", "POSITIEF");

    driver.complete(journey, "UserTask_BredeIntake", intake());
    Task plan = driver.openTask(journey, "UserTask_PlanVanAanpak");
    assertThat(runtime.getVariable(plan.getExecutionId(), "uwvAdvies")).isEqualTo("POSITIEF");
    driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "VOORSTEL", "doelen", "Beschut werk"));
    Task besluit = driver.openTask(journey, "UserTask_BesluitVastleggen");
    assertThat(runtime.getVariable(besluit.getExecutionId(), "beschutWerkBesluit")).isEqualTo("TOEKENNEN");
    assertThat(jdbc.queryForObject("select count(*) from wp_uwv_verzoek where journey_number = ?", Long.class, number))
        .as("no new request to UWV").isZero();
  }

  @Test
  void withTheTaakstellingReachedTheClientWaitsAndIsPlacedWhenAPlaceFreesUp() {
    ProcessInstance first = positiveAdvice(ROOSENDAAL, LocalDate.now(NL));
    driver.openTask(first, "UserTask_BesluitVastleggen");

    ProcessInstance later = positiveAdvice(ROOSENDAAL_2, LocalDate.now(NL));
    ProcessInstance earlier = positiveAdvice(ROOSENDAAL_3, LocalDate.now(NL).minusDays(10));
    for (ProcessInstance waiting : List.of(later, earlier)) {
      Task wachtlijst = driver.openTask(waiting, "UserTask_Wachtlijst");
      assertThat(candidates(wachtlijst)).containsExactly("klantmanagers-1674");
      assertThat((String) runtime.getVariable(wachtlijst.getExecutionId(), "beschutWerkReden")).contains("wachtlijst");
      assertThat(dossier(waiting).getStatus()).isEqualTo(Status.WACHTLIJST);
    }

    moveTo(LocalDate.now(NL).plusDays(1).atTime(7, 0));
    driver.openTask(later, "UserTask_Wachtlijst");
    driver.openTask(earlier, "UserTask_Wachtlijst");

    String firstNumber = driver.journeyNumber(first);
    runtime.deleteProcessInstance(first.getId(), "Klant verhuisd voor de start");
    assertThat(records.find(firstNumber).orElseThrow().getStatus()).as("the place is free again").isEqualTo(Status.VERVALLEN);
    moveTo(LocalDate.now(NL).plusDays(2).atTime(7, 0));
    Task besluit = driver.openTask(earlier, "UserTask_BesluitVastleggen");
    assertThat((String) runtime.getVariable(besluit.getExecutionId(), "beschutWerkReden")).contains("plaats voor u vrij");
    assertThat(dossier(earlier).getStatus()).isEqualTo(Status.TOEGEKEND);
    driver.openTask(later, "UserTask_Wachtlijst");
  }

  @Test
  void theWaitingListMovesWhenTheYearTurnsOrTheMunicipalityPlacesAboveTheNumber() {
    driver.openTask(positiveAdvice(ROOSENDAAL, LocalDate.now(NL)), "UserTask_BesluitVastleggen");
    ProcessInstance second = positiveAdvice(ROOSENDAAL_2, LocalDate.now(NL));
    ProcessInstance third = positiveAdvice(ROOSENDAAL_3, LocalDate.now(NL));

    assertThatThrownBy(() -> driver.complete(third, "UserTask_Wachtlijst", Map.of()))
        .hasRootCauseMessage("Vul de reden om boven de taakstelling te plaatsen in.");
    driver.complete(third, "UserTask_Wachtlijst", Map.of("bovenTaakstellingReden", "Plek bij de kwekerij vrij"));
    driver.openTask(third, "UserTask_BesluitVastleggen");
    assertThat(dossier(third).isBovenTaakstelling()).isTrue();
    driver.openTask(second, "UserTask_Wachtlijst");

    moveTo(LocalDate.of(LocalDate.now(NL).getYear() + 1, 1, 1).atTime(6, 30));
    driver.openTask(second, "UserTask_BesluitVastleggen");
    assertThat(dossier(second).getToegekendOp().getYear()).isEqualTo(LocalDate.now(NL).getYear() + 1);
  }

  /** A journey whose plan chose beschut werk; the pre-selection asks UWV for an advice. */
  private ProcessInstance toBeschutWerk(String bsn, String gemeente) {
    ProcessInstance journey = driver.start(bsn, gemeente);
    driver.complete(journey, "UserTask_BredeIntake", intake());
    Task plan = driver.openTask(journey, "UserTask_PlanVanAanpak");
    assertThat(runtime.getVariable(plan.getExecutionId(), "routeVoorstel")).isEqualTo("BESCHUT_WERK");
    driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "VOORSTEL", "doelen", "Beschut werk"));
    return journey;
  }

  private ProcessInstance positiveAdvice(String bsn, LocalDate adviesDatum) {
    ProcessInstance journey = toBeschutWerk(bsn, "1674");
    driver.complete(journey, "UserTask_AanvraagVersturen", Map.of("uwvAdviesAangevraagdOp", adviesDatum.minusDays(1).toString()));
    driver.complete(journey, "UserTask_AdviesRegistreren",
        Map.of("uwvAdvies", "POSITIEF", "uwvAdviesDatum", adviesDatum.toString()));
    driver.runJobs();
    return journey;
  }

  /** A person with arbeidsvermogen who needs adaptations at work that a regular employer cannot offer. */
  private static Map<String, Object> intake() {
    Map<String, Object> answers = new HashMap<>(Map.of("participatieladder", "3", "taaleis", "VOLDAAN",
        "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
        "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", true));
    answers.put("aanpassingenNodig", true);
    return answers;
  }

  private ResponseEntity<Map> message(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("uwv-koppeling", "demo").postForEntity("/engine-rest/message",
        new HttpEntity<>(body, headers), Map.class);
  }

  private static Map<String, Object> value(String value) {
    return Map.of("value", value, "type", "String");
  }

  private BeschutWerkDossier dossier(ProcessInstance journey) {
    return records.find(driver.journeyNumber(journey)).orElseThrow();
  }

  private List<Task> open(ProcessInstance journey, String taskDefinitionKey) {
    driver.runJobs();
    return tasks.createTaskQuery().processInstanceBusinessKey(driver.journeyNumber(journey))
        .taskDefinitionKey(taskDefinitionKey).list();
  }

  private void moveTo(LocalDateTime at) {
    ClockUtil.setCurrentTime(Date.from(at.atZone(NL).toInstant()));
    driver.runJobs();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(NL).toInstant());
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
  }
}
