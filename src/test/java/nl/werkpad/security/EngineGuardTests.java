package nl.werkpad.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import nl.werkpad.support.WebappSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The rules a user cannot get around by choosing another door: they are checked in the engine, so the
 * same request is refused on {@code /engine-rest/...}, on {@code /engine-rest/engine/default/...}, with
 * matrix parameters, through the webapps' API with a Tasklist session, and in Java. Runs on H2 and
 * PostgreSQL.
 */
@ApplicationTest
abstract class EngineGuardTests {

  static final String GOUDA = "999993653";
  static final String ROOSENDAAL = "999990184";
  /** The REST API's doors to one resource: {@code %s} is the resource path. */
  static final List<String> REST_PATHS = List.of("/engine-rest/%s", "/engine-rest/engine/default/%s",
      "/engine-rest/%s;werkpad=1");
  static final String WEBAPP_PATH = "/camunda/api/engine/engine/default/%s";

  @Autowired TestRestTemplate rest;
  @Autowired JourneyDriver driver;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired JourneyRepository journeys;
  @Autowired ObjectMapper json;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizations;
  @LocalServerPort int port;

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    driver.deleteAll();
  }

  @Test
  void theTakeOversMessageIsRefusedToEveryUserOnEveryPath() throws Exception {
    Map<String, Object> takeOver = Map.of("messageName", "KlantreisOvername", "processVariables", Map.of(
        "bsn", value(GOUDA), "woongemeente", value("0513"), "overname", Map.of("value", true, "type", "Boolean"),
        "route", value("DETACHERING"), "instrument", value("DETACHERING_INDIVIDUEEL"),
        "uitvoeringsorganisatie", value("PROMEN"), "trajectStartdatum", value("2026-01-01")));
    for (String user : List.of("km-gouda", "uwv-koppeling", "admin")) {
      for (String path : REST_PATHS) {
        ResponseEntity<Map> answer = post(user, path.formatted("message"), takeOver);
        assertThat(answer.getStatusCode().value()).as(user + " " + path + " " + answer.getBody()).isEqualTo(403);
        assertThat((String) answer.getBody().get("message")).contains("alleen voor de overname van een caseload");
      }
    }
    HttpResponse<String> webapp = WebappSession.login(port, "km-gouda", "tasklist")
        .send("POST", WEBAPP_PATH.formatted("message"), "application/json", json.writeValueAsBytes(takeOver));
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(403);
    identity.setAuthentication("km-gouda", List.of("klantmanagers", "klantmanagers-0513"), List.of("gm0513"));
    assertThatThrownBy(() -> runtime.createMessageCorrelation("KlantreisOvername").setVariable("bsn", GOUDA)
        .setVariable("woongemeente", "0513").correlateStartMessage()).hasMessageContaining("alleen voor de overname");
    identity.clearAuthentication();
    assertThat(journeys.findByActiveBsn(GOUDA)).as("no journey skipped its intake").isEmpty();
  }

  @Test
  void uwvsAdviceComesFromAKoppelingForTheJourneyItNamesOnly() throws Exception {
    ProcessInstance waiting = driver.waitingForUwvAdvice(ROOSENDAAL, "1674");
    String number = driver.journeyNumber(waiting);
    Map<String, Object> advice = Map.of("messageName", "UwvAdviesBeschutWerk", "businessKey", number,
        "processVariables", Map.of("uwvAdvies", value("POSITIEF"), "uwvAdviesDatum", value(today())));
    for (String path : REST_PATHS) {
      ResponseEntity<Map> klantmanager = post("km-roosendaal", path.formatted("message"), advice);
      assertThat(klantmanager.getStatusCode().value()).as(path + " " + klantmanager.getBody()).isEqualTo(403);
    }
    HttpResponse<String> webapp = WebappSession.login(port, "km-roosendaal", "tasklist")
        .send("POST", WEBAPP_PATH.formatted("message"), "application/json", json.writeValueAsBytes(advice));
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(403);

    // Without the journey's number the advice reaches no waiting journey, however it is aimed.
    Map<String, Object> unnamed = Map.of("messageName", "UwvAdviesBeschutWerk",
        "processVariables", Map.of("uwvAdvies", value("POSITIEF"), "uwvAdviesDatum", value(today())));
    ResponseEntity<Map> byNothing = post("uwv-koppeling", "/engine-rest/message", unnamed);
    assertThat(byNothing.getStatusCode().value()).as(String.valueOf(byNothing.getBody())).isEqualTo(400);
    ResponseEntity<Map> byId = post("uwv-koppeling", "/engine-rest/engine/default/message", Map.of("messageName",
        "UwvAdviesBeschutWerk", "processInstanceId", waiting.getId(), "processVariables", unnamed.get("processVariables")));
    assertThat(byId.getStatusCode().value()).as(String.valueOf(byId.getBody())).isEqualTo(400);
    Execution subscription = runtime.createExecutionQuery().processInstanceBusinessKey(number)
        .messageEventSubscriptionName("UwvAdviesBeschutWerk").singleResult();
    ResponseEntity<Map> trigger = post("uwv-koppeling", "/engine-rest/execution/" + subscription.getId()
        + "/messageSubscriptions/UwvAdviesBeschutWerk/trigger", Map.of("variables", unnamed.get("processVariables")));
    assertThat(trigger.getStatusCode().value()).as(String.valueOf(trigger.getBody())).isIn(403, 404);
    driver.openTask(waiting, "UserTask_AdviesRegistreren");

    ResponseEntity<Map> named = post("uwv-koppeling", "/engine-rest/message;x=y", advice);
    assertThat(named.getStatusCode().is2xxSuccessful()).as(String.valueOf(named.getBody())).isTrue();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("UserTask_AdviesRegistreren")
        .count()).as("the named journey has its advice").isZero();
  }

  @Test
  void aKoppelingReadsNoJourneysAndChangesNothingInThem() {
    ProcessInstance journey = driver.start(GOUDA, "0513");
    driver.openTask(journey, "UserTask_BredeIntake");
    for (String path : REST_PATHS) {
      ResponseEntity<List> instances = rest.withBasicAuth("uwv-koppeling", "demo")
          .getForEntity(path.formatted("process-instance"), List.class);
      assertThat(instances.getBody()).as(path).isEmpty();
      ResponseEntity<Map> variable = put("uwv-koppeling",
          path.formatted("process-instance/" + journey.getId() + "/variables/route"), Map.of("value", "WSW"));
      assertThat(variable.getStatusCode().value()).as(path).isIn(403, 404);
      ResponseEntity<Map> modification = post("uwv-koppeling", path.formatted("process-instance/" + journey.getId()
          + "/modification"), Map.of("skipCustomListeners", true, "instructions", List.of(Map.of("type", "cancel",
          "activityId", "CallActivity_Intake"))));
      assertThat(modification.getStatusCode().value()).as(path).isIn(403, 404);
    }
    assertThat(runtime.getVariable(journey.getId(), "route")).isNull();
    driver.openTask(journey, "UserTask_BredeIntake");
  }

  @Test
  void aJourneyStartsAtItsBeginningForEveryoneButAnAdministrator() throws Exception {
    Map<String, Object> pastTheIntake = Map.of(
        "variables", Map.of("bsn", value(GOUDA), "woongemeente", value("0513")),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "StartEvent_Overgenomen")));
    for (String path : REST_PATHS) {
      ResponseEntity<Map> answer = post("km-gouda", path.formatted("process-definition/key/ClientJourney/start"), pastTheIntake);
      assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(403);
      assertThat((String) answer.getBody().get("message")).contains("begint bij haar begin");
    }
    HttpResponse<String> webapp = WebappSession.login(port, "km-gouda", "tasklist").send("POST",
        WEBAPP_PATH.formatted("process-definition/key/ClientJourney/start"), "application/json",
        json.writeValueAsBytes(pastTheIntake));
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(403);
    assertThat(journeys.findByActiveBsn(GOUDA)).isEmpty();

    // An ended journey is not restarted at a later step either.
    ProcessInstance journey = driver.start(GOUDA, "0513");
    driver.openTask(journey, "UserTask_BredeIntake");
    String definition = journey.getProcessDefinitionId();
    runtime.deleteProcessInstance(journey.getId(), "test");
    ResponseEntity<Map> restart = post("km-gouda", "/engine-rest/process-definition/" + definition + "/restart",
        Map.of("processInstanceIds", List.of(journey.getId()), "instructions",
            List.of(Map.of("type", "startBeforeActivity", "activityId", "CallActivity_Trajectory"))));
    assertThat(restart.getStatusCode().value()).as(String.valueOf(restart.getBody())).isEqualTo(403);
  }

  @Test
  void whoAndWhereAJourneyIsDoesNotChangeByAnyVariableApi() throws Exception {
    ProcessInstance journey = driver.start(GOUDA, "0513");
    Task intake = driver.openTask(journey, "UserTask_BredeIntake");
    String other = "999990019";
    Map<String, Object> answers = Map.of("participatieladder", value("3"), "taaleis", value("VOLDAAN"),
        "intakeUitkomst", value("PLAN"));
    for (String path : REST_PATHS) {
      Map<String, Object> withBsn = new java.util.HashMap<>(answers);
      withBsn.put("bsn", value(other));
      assertThat(post("km-gouda", path.formatted("task/" + intake.getId() + "/complete"), Map.of("variables", withBsn))
          .getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(put("km-gouda", path.formatted("task/" + intake.getId() + "/variables/woongemeente"), value("0502"))
          .getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(put("km-gouda", path.formatted("task/" + intake.getId() + "/localVariables/zaakUrl"),
          value("https://zaken.aanvaller.example/zaken/1")).getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(post("km-gouda", path.formatted("task/" + intake.getId() + "/variables"),
          Map.of("modifications", Map.of("klantreisnummer", value("KR-2026-999999")))).getStatusCode().value())
          .as(path).isEqualTo(403);
      assertThat(put("admin", path.formatted("process-instance/" + journey.getId() + "/variables/bsn"), value(other))
          .getStatusCode().value()).as("even an administrator: " + path).isEqualTo(403);
      assertThat(rest.withBasicAuth("admin", "demo").exchange(path.formatted("process-instance/" + journey.getId()
          + "/variables/woongemeente"), HttpMethod.DELETE, null, Map.class).getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(rest.withBasicAuth("admin", "demo").exchange(path.formatted("process-instance/" + intake.getProcessInstanceId()
          + "/variables/zaaknummer"), HttpMethod.DELETE, null, Map.class).getStatusCode().value()).as(path).isEqualTo(403);
    }
    HttpResponse<String> webapp = WebappSession.login(port, "km-gouda", "tasklist").send("PUT",
        WEBAPP_PATH.formatted("task/" + intake.getId() + "/variables/bsn"), "application/json",
        json.writeValueAsBytes(value(other)));
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(403);
    identity.setAuthentication("km-gouda", List.of("klantmanagers", "klantmanagers-0513"), List.of("gm0513"));
    assertThatThrownBy(() -> tasks.setVariable(intake.getId(), "bsn", other)).hasMessageContaining("verandert niet door invoer");
    identity.clearAuthentication();

    assertThat(runtime.getVariable(journey.getId(), "bsn")).isEqualTo(GOUDA);
    assertThat(runtime.getVariable(journey.getId(), "woongemeente")).isEqualTo("0513");
    assertThat(runtime.getVariable(intake.getExecutionId(), "zaaknummer")).as("the intake's zaak").isNotNull();
    assertThat(journeys.findByActiveBsn(GOUDA)).isPresent();
    // The same value sent back, as a form may, changes nothing and is no refusal.
    assertThat(put("km-gouda", "/engine-rest/task/" + intake.getId() + "/variables/bsn", value(GOUDA))
        .getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void commentsAreForWhoSeesTheTaskAttachmentsAndSuspensionForAdministrators() throws Exception {
    ProcessInstance journey = driver.start(GOUDA, "0513");
    Task intake = driver.openTask(journey, "UserTask_BredeIntake");
    for (String path : REST_PATHS) {
      String comments = path.formatted("task/" + intake.getId() + "/comment");
      assertThat(post("km-gouda", comments + "/create", Map.of("message", "Klant belt terug")).getStatusCode().value())
          .as(path).isEqualTo(200);
      assertThat(rest.withBasicAuth("km-gouda", "demo").getForEntity(comments, List.class).getBody()).as(path).isNotEmpty();
      for (String other : List.of("km-capelle", "ontwerper", "uwv-koppeling", "tb-promen")) {
        assertThat(rest.withBasicAuth(other, "demo").getForEntity(comments, String.class).getStatusCode().value())
            .as(other + " " + path).isEqualTo(404);
        assertThat(post(other, comments + "/create", Map.of("message", "x")).getStatusCode().value()).as(other).isEqualTo(404);
      }
      assertThat(post("km-gouda", path.formatted("task/" + intake.getId() + "/attachment/create"), Map.of())
          .getStatusCode().value()).as(path).isIn(403, 415);
      assertThat(rest.withBasicAuth("km-gouda", "demo").getForEntity(path.formatted("task/" + intake.getId() + "/attachment"),
          Map.class).getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(put("km-gouda", path.formatted("process-instance/" + journey.getId() + "/suspended"),
          Map.of("suspended", true)).getStatusCode().value()).as(path).isEqualTo(403);
    }
    HttpResponse<String> webapp = WebappSession.login(port, "km-capelle", "tasklist").send("GET",
        WEBAPP_PATH.formatted("task/" + intake.getId() + "/comment"), null, null);
    assertThat(webapp.statusCode()).isEqualTo(404);
    assertThat(tasks.getTaskComments(intake.getId())).hasSize(3);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(journey.getId()).suspended().count()).isZero();
  }

  @Test
  void aTaskHandedOutsideItsMunicipalityGrantsNothing() {
    ProcessInstance journey = driver.start(GOUDA, "0513");
    Task intake = driver.openTask(journey, "UserTask_BredeIntake");
    long before = authorizations.createAuthorizationQuery().resourceId(intake.getId()).count();
    assertThat(post("km-gouda", "/engine-rest/task/" + intake.getId() + "/identity-links",
        Map.of("userId", "km-capelle", "type", "candidate")).getStatusCode().value()).isEqualTo(204);
    assertThat(post("km-gouda", "/engine-rest/task/" + intake.getId() + "/identity-links",
        Map.of("groupId", "klantmanagers-0502", "type", "candidate")).getStatusCode().value()).isEqualTo(204);
    assertThat(post("km-gouda", "/engine-rest/task/" + intake.getId() + "/assignee", Map.of("userId", "bestaat-niet"))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(authorizations.createAuthorizationQuery().resourceId(intake.getId()).count())
        .as("no authorization for anyone outside Gouda").isEqualTo(before);
    assertThat(rest.withBasicAuth("km-capelle", "demo").getForEntity("/engine-rest/task/" + intake.getId(), String.class)
        .getStatusCode().value()).isEqualTo(404);
    // Within Gouda the engine grants as it always does.
    assertThat(post("km-gouda", "/engine-rest/task/" + intake.getId() + "/assignee", Map.of("userId", "km-gouda"))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(authorizations.createAuthorizationQuery().resourceId(intake.getId()).userIdIn("km-gouda").count()).isOne();
  }

  static Map<String, Object> value(String value) {
    return Map.of("value", value, "type", "String");
  }

  static String today() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
  }

  ResponseEntity<Map> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, json(body), Map.class);
  }

  ResponseEntity<Map> put(String user, String path, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, json(body), Map.class);
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
