package nl.werkpad.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The REST API as integrators and Tasklist use it: only authenticated requests, and a klantmanager
 * never reaches another municipality's clients. Runs on H2 and on PostgreSQL (see the subclasses).
 */
@ApplicationTest
abstract class SecurityTests {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
  private static final String GOUDA_BSN = "999993653";

  @Autowired TestRestTemplate rest;
  @Autowired JourneyDriver driver;
  @Autowired TaskService tasks;

  private ProcessInstance goudaJourney;
  private String goudaNumber;
  private Task goudaTask;

  @BeforeEach
  void goudaHasAClient() {
    goudaJourney = driver.start(GOUDA_BSN, "0513");
    goudaNumber = driver.journeyNumber(goudaJourney);
    goudaTask = driver.openTask(goudaJourney, "UserTask_BredeIntake");
  }

  @AfterEach
  void cleanUp() {
    driver.deleteAll();
  }

  @Test
  void unauthenticatedRequestsGet401() {
    // A wrong password delays that user's next login, so it is tried on a user no other test uses.
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/process-instance", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("mgr-zundert", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void klantmanagerSeesTheTasksOfTheirMunicipalityByJourneyNumber() {
    ResponseEntity<List<Map<String, Object>>> mine =
        get("km-gouda", "/engine-rest/task?processInstanceBusinessKey=" + goudaNumber, LIST);
    assertThat(mine.getBody()).extracting(t -> t.get("id")).containsExactly(goudaTask.getId());

    ResponseEntity<Map<String, Object>> form = get("km-gouda", "/engine-rest/task/" + goudaTask.getId() + "/deployed-form", OBJECT);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).containsEntry("id", "BredeIntake");
  }

  @Test
  void klantmanagerOfAnotherMunicipalitySeesNothingOfIt() {
    assertThat(get("km-capelle", "/engine-rest/task?processInstanceBusinessKey=" + goudaNumber, LIST).getBody()).isEmpty();
    assertThat(get("km-capelle", "/engine-rest/task", LIST).getBody()).isEmpty();
    assertThat(get("km-capelle", "/engine-rest/process-instance?businessKey=" + goudaNumber, LIST).getBody()).isEmpty();
    assertThat(get("km-capelle", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + goudaNumber, LIST)
        .getBody()).isEmpty();
    assertThat(get("km-capelle", "/engine-rest/task/" + goudaTask.getId(), OBJECT).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map<String, Object>> variables =
        get("km-capelle", "/engine-rest/process-instance/" + goudaJourney.getId() + "/variables", OBJECT);
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(variables.getBody().toString()).doesNotContain(GOUDA_BSN).doesNotContain(goudaJourney.getId());
    // A trajectbegeleider sees the client only once a task of their team exists.
    assertThat(get("tb-promen", "/engine-rest/task?processInstanceBusinessKey=" + goudaNumber, LIST).getBody()).isEmpty();
  }

  @Test
  void klantmanagerOfAnotherMunicipalityCannotCompleteOrClaimItsTasks() {
    ResponseEntity<String> complete = post("km-capelle", "/engine-rest/task/" + goudaTask.getId() + "/complete",
        Map.of("variables", Map.of("intakeUitkomst", Map.of("value", "STOPPEN"))));
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> claim = post("km-capelle", "/engine-rest/task/" + goudaTask.getId() + "/claim",
        Map.of("userId", "km-capelle"));
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    Task unchanged = tasks.createTaskQuery().taskId(goudaTask.getId()).singleResult();
    assertThat(unchanged).isNotNull();
    assertThat(unchanged.getAssignee()).isNull();
  }

  @Test
  void klantmanagerCanClaimAndCompleteTheirOwnTask() {
    assertThat(post("km-gouda", "/engine-rest/task/" + goudaTask.getId() + "/claim", Map.of("userId", "km-gouda"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> complete = post("km-gouda", "/engine-rest/task/" + goudaTask.getId() + "/complete",
        Map.of("variables", Map.of(
            "participatieladder", Map.of("value", "3"), "taaleis", Map.of("value", "VOLDAAN"),
            "intakeUitkomst", Map.of("value", "PLAN"))));
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    driver.openTask(goudaJourney, "UserTask_PlanVanAanpak");
  }

  @Test
  void startsAreCheckedAndAnsweredInDutchWithoutTheBsn() {
    driver.deleteAll();
    ResponseEntity<Map<String, Object>> invalid = start("km-gouda", "123456789", "0513");
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) invalid.getBody().get("message")).contains("elfproef").doesNotContain("123456789");

    ResponseEntity<Map<String, Object>> unknown = start("km-gouda", GOUDA_BSN, "9999");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unknown.getBody().get("message")).contains("onbekend").doesNotContain(GOUDA_BSN);

    ResponseEntity<Map<String, Object>> elsewhere = start("km-gouda", GOUDA_BSN, "0502");
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) elsewhere.getBody().get("message")).contains("Capelle aan den IJssel").doesNotContain(GOUDA_BSN);

    ResponseEntity<Map<String, Object>> trajectbegeleider = start("tb-promen", GOUDA_BSN, "0513");
    assertThat(trajectbegeleider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("admin", "/engine-rest/process-instance?processDefinitionKey=ClientJourney", LIST).getBody()).isEmpty();

    ResponseEntity<Map<String, Object>> ok = start("km-gouda", GOUDA_BSN, "0513");
    assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) ok.getBody().get("businessKey")).startsWith("KR-");
    assertThat(ok.getBody()).containsEntry("tenantId", "gm0513");

    ResponseEntity<Map<String, Object>> again = start("km-gouda", GOUDA_BSN, "0513");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("message")).contains((String) ok.getBody().get("businessKey"));
  }

  @Test
  void managerSeesTheirMunicipalityInCockpitTermsAndNothingElse() {
    assertThat(get("mgr-gouda", "/engine-rest/process-instance?businessKey=" + goudaNumber, LIST).getBody()).hasSize(2);
    assertThat(get("mgr-capelle", "/engine-rest/process-instance?businessKey=" + goudaNumber, LIST).getBody()).isEmpty();
    assertThat(get("admin", "/engine-rest/process-instance?businessKey=" + goudaNumber, LIST).getBody()).hasSize(2);
  }

  private ResponseEntity<Map<String, Object>> start(String user, String bsn, String woongemeente) {
    Map<String, Object> body = Map.of("variables", Map.of(
        "bsn", Map.of("value", bsn, "type", "String"),
        "woongemeente", Map.of("value", woongemeente, "type", "String")));
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/process-definition/key/ClientJourney/start",
        HttpMethod.POST, json(body), OBJECT);
  }

  private <T> ResponseEntity<T> get(String user, String path, ParameterizedTypeReference<T> type) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, type);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, json(body), String.class);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
