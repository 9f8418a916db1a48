package nl.werkpad.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Bad input is answered with 4xx and a reason, never with a 5xx, and loses nothing: a BSN of another type,
 * a task completed without its answer, a take-over file that is no CSV, an impossible period for the
 * figures. Error bodies are JSON that echo nothing raw. Runs on H2 and PostgreSQL.
 */
@ApplicationTest
abstract class BadInputTests {

  static final String GOUDA = "999993653";

  @Autowired TestRestTemplate rest;
  @Autowired JourneyDriver driver;
  @Autowired TaskService tasks;
  @Autowired JourneyRepository journeys;
  @Autowired ObjectMapper json;

  @AfterEach
  void cleanUp() {
    driver.deleteAll();
  }

  @Test
  void aBsnOfAnotherTypeIsRefusedWithTheReasonOnEveryPath() {
    List<Map<String, Object>> wrong = List.of(Map.of("value", 999993653L, "type", "Long"),
        Map.of("value", 999993653, "type", "Integer"), Map.of("value", true, "type", "Boolean"),
        Map.of("value", "{\"bsn\":\"999993653\"}", "type", "Json"), Map.of("value", "", "type", "String"),
        Map.of("value", "99999365", "type", "String"));
    for (String path : EngineGuardTests.REST_PATHS) {
      for (Map<String, Object> bsn : wrong) {
        ResponseEntity<Map> answer = exchange("km-gouda", HttpMethod.POST,
            path.formatted("process-definition/key/ClientJourney/start"),
            Map.of("variables", Map.of("bsn", bsn, "woongemeente", Map.of("value", "0513"))));
        assertThat(answer.getStatusCode().value()).as(path + " " + bsn + " " + answer.getBody()).isEqualTo(400);
        assertThat((String) answer.getBody().get("message")).contains("BSN").doesNotContain(GOUDA);
      }
    }
    ResponseEntity<Map> byMessage = exchange("uwv-koppeling", HttpMethod.POST, "/engine-rest/message", Map.of(
        "messageName", "UwvAdviesBeschutWerk", "processVariables", Map.of("bsn", Map.of("value", 999993653L, "type", "Long"),
            "woongemeente", Map.of("value", "0513"), "uwvAdvies", Map.of("value", "POSITIEF"),
            "uwvAdviesDatum", Map.of("value", "2026-01-05"))));
    assertThat(byMessage.getStatusCode().value()).as(String.valueOf(byMessage.getBody())).isEqualTo(400);
    assertThat(journeys.findByActiveBsn(GOUDA)).isEmpty();
  }

  @Test
  void aTaskCompletedWithoutItsAnswersIsRefusedAndStaysOpen() {
    ProcessInstance journey = driver.start(GOUDA, "0513");
    Task intake = driver.openTask(journey, "UserTask_BredeIntake");
    assertRefusedAndOpen("km-gouda", intake);
    Map<String, Object> answers = new HashMap<>(Map.of("participatieladder", "4", "taaleis", "VOLDAAN",
        "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
        "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", true));
    driver.complete(journey, "UserTask_BredeIntake", answers);
    assertRefusedAndOpen("km-gouda", driver.openTask(journey, "UserTask_PlanVanAanpak"));
    driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "ANDERE_ROUTE", "route", "DETACHERING",
        "routeAfwijkingReden", "Besproken met de klant", "doelen", "Gedetacheerd"));
    assertRefusedAndOpen("tb-promen", driver.openTask(journey, "UserTask_AanmeldingBeoordelen"));
    assertRefusedAndOpen("km-gouda", driver.openTask(journey, "UserTask_VerwijzingVolgen"));
  }

  @Test
  void aTakeOverFileThatIsNoCsvIsRefusedWithItsReason() {
    HttpHeaders csv = new HttpHeaders();
    csv.setContentType(MediaType.valueOf("text/csv"));
    for (String file : List.of("soort;bsn;woongemeente\nTRAJECT;\"999993653;0513\n", "\u0000\u0001\u0002", "",
        "soort;bsn;woongemeente;soort\nWSW;999993653;0513;WSW\n")) {
      ResponseEntity<Map> answer = rest.withBasicAuth("admin", "demo").exchange("/werkpad/api/overnames", HttpMethod.POST,
          new HttpEntity<>(file.getBytes(java.nio.charset.StandardCharsets.UTF_8), csv), Map.class);
      assertThat(answer.getStatusCode().value()).as(file + " " + answer.getBody()).isEqualTo(400);
      assertThat((String) answer.getBody().get("message")).isNotBlank().doesNotContain(GOUDA);
    }
    HttpHeaders other = new HttpHeaders();
    other.setContentType(MediaType.APPLICATION_PDF);
    ResponseEntity<Map> pdf = rest.withBasicAuth("admin", "demo").exchange("/werkpad/api/overnames", HttpMethod.POST,
        new HttpEntity<>(new byte[] {1, 2, 3}, other), Map.class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(415);
    assertThat((String) pdf.getBody().get("message")).contains("Content-Type");
  }

  @Test
  void anImpossiblePeriodOrMunicipalityForTheFiguresIsAnsweredInValidJson() throws Exception {
    String figures = "/camunda/api/cockpit/plugin/werkpad/default/cijfers";
    nl.werkpad.support.WebappSession manager = nl.werkpad.support.WebappSession.login(port(), "mgr-gouda", "cockpit");
    for (String query : List.of("van=2026-02-30", "tot=2026-13-01", "van=99999-01-01", "van=-0001-01-01",
        "van=2026-03-01&tot=2026-02-01", "van=0001-01-01", "gemeente=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "gemeente=0502")) {
      for (String format : List.of("", "/csv")) {
        var answer = manager.send("GET", figures + format + "?" + query, null, null);
        assertThat(answer.statusCode()).as(query + format + " " + answer.body()).isIn(400, 403);
        Map<?, ?> body = json.readValue(answer.body(), Map.class);
        assertThat((String) body.get("message")).as(query).isNotBlank().doesNotContain("<script>");
      }
    }
  }

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  int port() {
    return port;
  }

  private void assertRefusedAndOpen(String user, Task task) {
    for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("variables", Map.of()))) {
      ResponseEntity<Map> answer = exchange(user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", body);
      assertThat(answer.getStatusCode().value()).as(task.getTaskDefinitionKey() + " " + answer.getBody()).isEqualTo(400);
      assertThat((String) answer.getBody().get("message")).as(task.getTaskDefinitionKey()).isNotBlank();
    }
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as(task.getTaskDefinitionKey() + " stays open").isOne();
  }

  private ResponseEntity<Map> exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), Map.class);
  }
}
