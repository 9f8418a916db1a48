package nl.werkpad.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkpad.support.ApplicationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * What operations rely on, with the job executor running as in production: readiness and liveness for
 * the orchestrator, metrics in Prometheus' format, and one alert-ready log line for every incident.
 */
@ApplicationTest
// Spring Boot switches metrics export off in tests unless asked for.
@AutoConfigureObservability
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
@ExtendWith(OutputCaptureExtension.class)
class OperationsIT {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  @Test
  void readinessChecksTheDatabaseTheEngineAndTheJobExecutor() throws Exception {
    ResponseEntity<String> readiness = rest.getForEntity("/actuator/health/readiness", String.class);
    assertThat(readiness.getStatusCode().value()).as(readiness.getBody()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(readiness.getBody());
    assertThat(body.path("status").asText()).isEqualTo("UP");
    for (String component : new String[] {"db", "processEngine", "jobExecutor"}) {
      assertThat(body.path("components").path(component).path("status").asText()).as(component).isEqualTo("UP");
    }
    assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void metricsAreInPrometheusFormat() {
    String metrics = rest.getForObject("/actuator/prometheus", String.class);
    assertThat(metrics).contains("werkpad_klantreizen_gestart_total", "werkpad_klantreizen_beeindigd_total",
        "werkpad_incidenten_open", "werkpad_jobs_uitvoerbaar");
  }

  @Test
  void anIncidentWritesOneAlertReadyLineWithoutPersonalData(CapturedOutput output) {
    repository.createDeployment().addModelInstance("storing.bpmn", Bpmn.createExecutableProcess("Storing")
        .camundaHistoryTimeToLive(1).startEvent().userTask("UserTask_Wachten").endEvent().done()).deploy();
    ProcessInstance instance = runtime.startProcessInstanceByKey("Storing", "KR-2026-999");
    runtime.createIncident("failedJob", instance.getId(), "test", "BRP niet bereikbaar voor 999993653\nna 3 pogingen");

    String line = output.getOut().lines().filter(l -> l.contains("incident type=failedJob process=Storing"))
        .findFirst().orElseThrow();
    assertThat(line).contains("ERROR", "nl.werkpad.incident", "activity=UserTask_Wachten", "klantreis=KR-2026-999",
        "error=\"BRP niet bereikbaar voor ********* na 3 pogingen\"").doesNotContain("999993653");
    assertThat(rest.getForObject("/actuator/prometheus", String.class)).contains("werkpad_incidenten_open 1.0");
  }
}
