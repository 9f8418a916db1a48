package nl.werkpad.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import nl.werkpad.support.ModelerDeploy;
import nl.werkpad.support.WebappSession;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journey register and the zaaksysteem stay true to the engine, however a journey's process ends:
 * cancelled in Cockpit with "skip custom listeners", deleted or modified away over the REST API. A
 * register that drifted before this was so is repaired. And no other process can pose as a journey by
 * carrying its number. Runs on H2 and PostgreSQL.
 */
@ApplicationTest
abstract class JourneyRegisterTests {

  static final String GOUDA = "999993653";

  @Autowired TestRestTemplate rest;
  @Autowired JourneyDriver driver;
  @Autowired JourneyRepository journeys;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;
  @Autowired JourneyRegisterRepair repair;
  @LocalServerPort int port;

  private final List<String> deployed = new java.util.ArrayList<>();

  @AfterEach
  void cleanUp() {
    driver.deleteAll();
    deployed.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void aJourneyCancelledWithoutItsListenersEndsInTheRegisterAndClosesItsZaak() throws Exception {
    for (String how : List.of("REST", "Cockpit", "modification")) {
      ProcessInstance journey = driver.start(GOUDA, "0513");
      String number = driver.journeyNumber(journey);
      driver.openTask(journey, "UserTask_BredeIntake");
      assertThat(zaakClosed(number)).as("the zaak is open while the journey runs").isFalse();

      switch (how) {
        case "REST" -> assertThat(rest.withBasicAuth("admin", "demo").exchange("/engine-rest/process-instance/"
            + journey.getId() + "?skipCustomListeners=true&skipIoMappings=true", HttpMethod.DELETE, null, String.class)
            .getStatusCode().value()).isEqualTo(204);
        case "Cockpit" -> {
          HttpResponse<String> cancel = WebappSession.login(port, "admin", "cockpit").send("DELETE",
              "/camunda/api/engine/engine/default/process-instance/" + journey.getId() + "?skipCustomListeners=true", null, null);
          assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(204);
        }
        default -> assertThat(rest.withBasicAuth("admin", "demo").exchange("/engine-rest/process-instance/"
            + journey.getId() + "/modification", HttpMethod.POST, json(Map.of("skipCustomListeners", true,
            "instructions", List.of(Map.of("type", "cancel", "activityId", "CallActivity_Intake")))), String.class)
            .getStatusCode().value()).isEqualTo(204);
      }

      Journey ended = journeys.findByNumber(number).orElseThrow();
      assertThat(ended.isActive()).as(how).isFalse();
      assertThat(ended.getUitkomst()).as(how).isEqualTo("GEANNULEERD");
      assertThat(zaakClosed(number)).as(how + ": the zaak is closed").isTrue();
      assertThat(jdbc.queryForObject("select resultaat from wp_zaak where journey_number = ?", String.class, number))
          .isEqualTo("GEANNULEERD");
      ProcessInstance again = driver.start(GOUDA, "0513");
      assertThat(driver.journeyNumber(again)).as(how + ": the person can be registered again").isNotEqualTo(number);
      driver.deleteAll();
    }
  }

  @Test
  void aRegisterThatDriftedEarlierIsRepairedByAnAdministrator() {
    repair.repair(); // what other tests of this context put in the register by hand
    ProcessInstance journey = driver.start(GOUDA, "0513");
    String number = driver.journeyNumber(journey);
    driver.openTask(journey, "UserTask_BredeIntake");
    runtime.deleteProcessInstance(journey.getId(), "test", true);
    // As an earlier version left it: the process gone, the register and the zaak still "active".
    jdbc.update("update wp_journey set ended_at = null, uitkomst = null, active_bsn = bsn where process_instance_id = ?",
        journey.getId());
    jdbc.update("delete from wp_zaak_status where status = 'AFGEROND' and zaak_id in "
        + "(select id from wp_zaak where journey_number = ?)", number);
    jdbc.update("update wp_zaak set einddatum = null, resultaat = null where journey_number = ?", number);
    assertThat(journeys.findByActiveBsn(GOUDA)).isPresent();

    ResponseEntity<Map> refused = rest.withBasicAuth("km-gouda", "demo").postForEntity("/werkpad/api/klantreizen/herstel",
        null, Map.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    ResponseEntity<Map> repaired = rest.withBasicAuth("admin", "demo").postForEntity("/werkpad/api/klantreizen/herstel",
        null, Map.class);
    assertThat(repaired.getStatusCode().value()).isEqualTo(200);
    assertThat(repaired.getBody()).containsEntry("beeindigd", 1);
    assertThat(journeys.findByNumber(number).orElseThrow().getUitkomst()).isEqualTo("GEANNULEERD");
    assertThat(zaakClosed(number)).isTrue();
    assertThat(journeys.findByActiveBsn(GOUDA)).isEmpty();
    ResponseEntity<Map> nothingLeft = rest.withBasicAuth("admin", "demo").postForEntity("/werkpad/api/klantreizen/herstel",
        null, Map.class);
    assertThat(nothingLeft.getBody()).containsEntry("beeindigd", 0);
  }

  @Test
  void noOtherProcessCarriesAJourneysNumber() {
    ProcessInstance journey = driver.start(GOUDA, "0513");
    String number = driver.journeyNumber(journey);
    driver.openTask(journey, "UserTask_BredeIntake");
    String fase = journeys.findByNumber(number).orElseThrow().getFase();

    // A designer's process, started by a timer, that calls the closing stage as if it were that journey's.
    BpmnModelInstance posing = Bpmn.createExecutableProcess("Vermomming").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Nu").name("Nu").timerWithDate("2020-01-01T00:00:00")
        .callActivity("CallActivity_Afsluiting").name("Afsluiting").calledElement("JourneyClosing")
        .camundaInBusinessKey("#{'" + number + "'}")
        .endEvent("EndEvent_Klaar").name("Klaar").done();
    ResponseEntity<Map> deployment = ModelerDeploy.deploy(rest, "ontwerper", "Vermomming.bpmn", ModelerDeploy.bytes(posing));
    assertThat(deployment.getStatusCode().value()).as(String.valueOf(deployment.getBody())).isEqualTo(200);
    deployed.add((String) deployment.getBody().get("id"));
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey("Vermomming").singleResult().getId();
    Job timer = management.createJobQuery().processDefinitionId(definition).singleResult();
    for (int attempt = 0; attempt < 5 && management.createJobQuery().jobId(timer.getId()).withRetriesLeft().count() > 0; attempt++) {
      try {
        management.executeJob(timer.getId());
      } catch (RuntimeException refused) {
        assertThat(refused).hasStackTraceContaining("geeft Werkpad zelf");
      }
    }
    assertThat(runtime.createIncidentQuery().configuration(timer.getId()).count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).processDefinitionKey("JourneyClosing")
        .count()).isZero();
    Journey untouched = journeys.findByNumber(number).orElseThrow();
    assertThat(untouched.isActive()).isTrue();
    assertThat(untouched.getFase()).isEqualTo(fase);

    // Nor does a start that brings a journey's number along.
    ResponseEntity<Map> start = rest.withBasicAuth("km-gouda", "demo").exchange(
        "/engine-rest/process-definition/key/ClientJourney/start", HttpMethod.POST, json(Map.of("businessKey", number,
            "variables", Map.of("bsn", Map.of("value", "999990019"), "woongemeente", Map.of("value", "0513")))), Map.class);
    assertThat(start.getStatusCode().value()).as(String.valueOf(start.getBody())).isEqualTo(403);
  }

  private boolean zaakClosed(String number) {
    return jdbc.queryForObject("select count(*) from wp_zaak where journey_number = ? and einddatum is not null",
        Integer.class, number) > 0;
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
