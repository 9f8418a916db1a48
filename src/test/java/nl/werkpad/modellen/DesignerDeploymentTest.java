package nl.werkpad.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import nl.werkpad.support.ModelerDeploy;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A process designer deploys over the REST API with their own account, as Camunda Modeler's deploy button
 * does: a changed decision table reaches new journeys while running ones carry on as they began; a
 * deployment that would break running journeys is refused whole, with a message that says why; and a
 * designer cannot start journeys or see clients.
 */
@ApplicationTest
class DesignerDeploymentTest {

  static final String GOUDA = "999993653";
  static final String GOUDA_2 = "999990019";
  static final String ALPHEN = "999994542";
  static final String ALPHEN_2 = "999990081";
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  @Autowired TestRestTemplate rest;
  @Autowired JourneyDriver driver;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;

  private final List<String> deployed = new java.util.ArrayList<>();

  @AfterEach
  void removeWhatWasDeployed() {
    driver.deleteAll();
    deployed.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void aChangedServiceProviderReachesNewJourneysWhileRunningOnesKeepTheirVersion() throws Exception {
    ProcessInstance running = driver.start(ALPHEN, "0484");
    driver.openTask(running, "UserTask_BredeIntake");

    // Alphen has its own team and Promen: from now on Promen carries out detachering too.
    String changed = Files.readString(Path.of("dmn/ServiceProvider.dmn"))
        .replace("<inputEntry id=\"Rule_1_Dienst\"><text>\"WSW\"</text>",
            "<inputEntry id=\"Rule_1_Dienst\"><text>\"WSW\",\"DETACHERING\"</text>")
        .replace("<inputEntry id=\"Rule_2_Dienst\"><text>not(\"WSW\")</text>",
            "<inputEntry id=\"Rule_2_Dienst\"><text>not(\"WSW\",\"DETACHERING\")</text>");
    assertThat(changed).contains("\"WSW\",\"DETACHERING\"", "not(\"WSW\",\"DETACHERING\")");
    ResponseEntity<Map> deployment = deploy("ontwerper", "ServiceProvider.dmn", changed.getBytes());
    assertThat(deployment.getStatusCode().value()).as(String.valueOf(deployment.getBody())).isEqualTo(200);
    deployed.add((String) deployment.getBody().get("id"));

    planDetachering(running);
    assertThat(candidates(driver.openTask(running, "UserTask_AanmeldingBeoordelen")))
        .as("the running journey keeps the table it started with").containsExactly("trajectbegeleiders-0484");
    ProcessInstance fresh = driver.start(ALPHEN_2, "0484");
    planDetachering(fresh);
    assertThat(candidates(driver.openTask(fresh, "UserTask_AanmeldingBeoordelen")))
        .as("a new journey follows the changed rule").containsExactly("trajectbegeleiders-promen");
  }

  @Test
  void aServiceProviderThatSendsClientsToAnOrganisationThatDoesNotServeTheMunicipalityIsRefused() throws Exception {
    String toWvs = Files.readString(Path.of("dmn/ServiceProvider.dmn"))
        .replace("<outputEntry id=\"Rule_3_Uitvoerder\"><text>\"PROMEN\"</text></outputEntry>",
            "<outputEntry id=\"Rule_3_Uitvoerder\"><text>\"WVS\"</text></outputEntry>");
    long deploymentsBefore = repository.createDeploymentQuery().count();
    ResponseEntity<Map> refused = deploy("ontwerper", "ServiceProvider.dmn", toWvs.getBytes());
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat((String) refused.getBody().get("message")).startsWith("De deployment is geweigerd, er is niets gewijzigd.")
        .contains("ServiceProvider stuurt Gouda (0513) voor BESCHUT_WERK, DAGBESTEDING, DETACHERING, LEERWERKTRAJECT, "
            + "MAATSCHAPPELIJKE_PARTICIPATIE, REGULIER_WERK, WSW naar WVS, maar WVS werkt niet voor Gouda (regions.yml)");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
  }

  @Test
  void aDesignerChangesTheReferralTermAndARouteRuleAndNewJourneysFollowBoth() throws Exception {
    ProcessInstance running = driver.start(GOUDA, "0513");
    driver.openTask(running, "UserTask_BredeIntake");

    // Policy: regulier werk from trede 5; trede 4 gets a leerwerktraject first. And 15 working days to assess.
    String route = Files.readString(Path.of("dmn/ClientRoute.dmn"))
        .replace("<inputEntry id=\"Rule_RegulierWerk_Vanaf27_Participatieladder\"><text>[4..6]</text>",
            "<inputEntry id=\"Rule_RegulierWerk_Vanaf27_Participatieladder\"><text>[5..6]</text>")
        .replace("<inputEntry id=\"Rule_Leerwerktraject_Vanaf27_Participatieladder\"><text>[1..3]</text>",
            "<inputEntry id=\"Rule_Leerwerktraject_Vanaf27_Participatieladder\"><text>[1..4]</text>");
    String referral = Files.readString(Path.of("bpmn/Referral.bpmn")).replace("${referralDeadline.due(10)}",
        "${referralDeadline.due(15)}");
    assertThat(route).contains("[5..6]", "[1..4]");
    assertThat(referral).contains("${referralDeadline.due(15)}").doesNotContain("${referralDeadline.due(10)}");
    ResponseEntity<Map> deployment = deploy("ontwerper", Map.of("ClientRoute.dmn", route.getBytes(),
        "Referral.bpmn", referral.getBytes()));
    assertThat(deployment.getStatusCode().value()).as(String.valueOf(deployment.getBody())).isEqualTo(200);
    deployed.add((String) deployment.getBody().get("id"));

    ProcessInstance fresh = driver.start(GOUDA_2, "0513");
    assertThat(proposedRoute(running)).as("the running journey keeps its rules").isEqualTo("REGULIER_WERK");
    assertThat(proposedRoute(fresh)).as("a new journey follows the changed rule").isEqualTo("LEERWERKTRAJECT");
    assertThat(assessmentDue(running)).isEqualTo(workingDaysFromToday(10));
    assertThat(assessmentDue(fresh)).as("and the changed term").isEqualTo(workingDaysFromToday(15));
  }

  @Test
  void aDeploymentThatWouldBreakRunningJourneysIsRefusedWhole() throws Exception {
    driver.openTask(driver.start(GOUDA, "0513"), "UserTask_BredeIntake");
    long deploymentsBefore = repository.createDeploymentQuery().count();

    BpmnModelInstance intake = Bpmn.readModelFromFile(Path.of("bpmn/Intake.bpmn").toFile());
    intake.getModelElementById("UserTask_BredeIntake").setAttributeValue("id", "UserTask_IntakeGesprek", true);
    ResponseEntity<Map> removed = deploy("ontwerper", "Intake.bpmn", bytes(intake));
    assertThat(removed.getStatusCode().value()).isEqualTo(400);
    assertThat((String) removed.getBody().get("message")).startsWith("De deployment is geweigerd, er is niets gewijzigd.")
        .contains("'Intake' mist activiteit 'UserTask_BredeIntake'", "1 klantreis(en) wachten");

    BpmnModelInstance broken = Bpmn.createExecutableProcess("OntwerpMetFouten").camundaHistoryTimeToLive(1)
        .startEvent().userTask("UserTask_Nieuw").name("Nieuwe taak").camundaFormRef("BestaatNiet")
        .serviceTask("ServiceTask_Nieuw").name("Nieuwe stap").camundaDelegateExpression("${bestaatNiet}")
        .endEvent().done();
    ResponseEntity<Map> unknown = deploy("ontwerper", "OntwerpMetFouten.bpmn", bytes(broken));
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat((String) unknown.getBody().get("message"))
        .contains("'Nieuwe taak' (UserTask_Nieuw) gebruikt het formulier 'BestaatNiet', maar dat bestaat niet.",
            "'Nieuwe stap' (ServiceTask_Nieuw) gebruikt de bouwsteen 'bestaatNiet', maar die bestaat niet in Werkpad.");
    assertThat(repository.createDeploymentQuery().count()).as("nothing half-applied").isEqualTo(deploymentsBefore);
  }

  @Test
  void aDesignerCannotStartJourneysOrSeeClients() {
    driver.openTask(driver.start(GOUDA, "0513"), "UserTask_BredeIntake");
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> start = rest.withBasicAuth("ontwerper", "demo").postForEntity(
        "/engine-rest/process-definition/key/ClientJourney/start",
        new HttpEntity<>("{\"variables\":{\"bsn\":{\"value\":\"" + GOUDA_2 + "\"},\"woongemeente\":{\"value\":\"0513\"}}}", json),
        String.class);
    assertThat(start.getStatusCode().value()).isEqualTo(403);
    for (String clients : List.of("/engine-rest/process-instance", "/engine-rest/task", "/engine-rest/history/process-instance",
        "/engine-rest/history/variable-instance", "/engine-rest/history/task")) {
      assertThat(rest.withBasicAuth("ontwerper", "demo").getForObject(clients, List.class)).as(clients).isEmpty();
    }
    assertThat(rest.withBasicAuth("ontwerper", "demo").getForObject("/engine-rest/process-definition?key=ClientJourney",
        List.class)).as("the models themselves are visible").isNotEmpty();
  }

  private void planDetachering(ProcessInstance journey) {
    Map<String, Object> intake = new HashMap<>(Map.of("participatieladder", "4", "taaleis", "VOLDAAN",
        "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
        "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", true));
    driver.complete(journey, "UserTask_BredeIntake", intake);
    driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "ANDERE_ROUTE", "route", "DETACHERING",
        "routeAfwijkingReden", "Besproken met de klant", "doelen", "Gedetacheerd"));
  }

  /** After the brede intake at trede 4: the route ClientRoute proposes in "Plan van aanpak opstellen". */
  private String proposedRoute(ProcessInstance journey) {
    driver.complete(journey, "UserTask_BredeIntake", new HashMap<>(Map.of("participatieladder", "4", "taaleis", "VOLDAAN",
        "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
        "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", true)));
    Task plan = driver.openTask(journey, "UserTask_PlanVanAanpak");
    return (String) taskVariable(plan, "routeVoorstel");
  }

  /** Plans a detachering, which refers the client to Promen: the due date of "Aanmelding beoordelen". */
  private LocalDate assessmentDue(ProcessInstance journey) {
    driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "ANDERE_ROUTE", "route", "DETACHERING",
        "routeAfwijkingReden", "Besproken met de klant", "doelen", "Gedetacheerd"));
    Date due = driver.openTask(journey, "UserTask_AanmeldingBeoordelen").getDueDate();
    return due.toInstant().atZone(NL).toLocalDate();
  }

  private Object taskVariable(Task task, String name) {
    return tasks.getVariable(task.getId(), name);
  }

  /** The day after the last of these working days (Monday to Friday), as the term is counted. */
  private static LocalDate workingDaysFromToday(int days) {
    LocalDate date = LocalDate.now(NL);
    for (int counted = 0; counted < days; ) {
      date = date.plusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return date.plusDays(1);
  }

  private ResponseEntity<Map> deploy(String user, String file, byte[] content) {
    return ModelerDeploy.deploy(rest, user, file, content);
  }

  private ResponseEntity<Map> deploy(String user, Map<String, byte[]> files) {
    return ModelerDeploy.deploy(rest, user, files);
  }

  private static byte[] bytes(BpmnModelInstance model) {
    return ModelerDeploy.bytes(model);
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
  }
}
