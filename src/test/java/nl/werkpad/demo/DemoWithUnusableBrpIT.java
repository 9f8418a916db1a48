package nl.werkpad.demo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import nl.werkpad.support.ApplicationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A BRP that answers something unusable (an HTML page with status 200, as a gateway in front of it may)
 * never stops the application from starting, also with the demo journeys on, which walk their journeys
 * through backend calls while the application starts. Each demo journey waits at the failed step as any
 * journey would: the engine counts the attempt, tries again later and ends with an incident; the demo
 * set-up says in one line which demo journey it could not prepare, and goes on with the others.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoWithUnusableBrpIT {

  static final String BRP_BASE = "/haalcentraal/api/brp";
  static final String PERSONEN = BRP_BASE + "/personen";
  static final String BRP_LOOKUP = "ServiceTask_PersoonOpvragen";
  static final String HTML = "<!DOCTYPE html><html><body><h1>Even geduld</h1><p>Onderhoud.</p></body></html>";
  /** The demo journeys: how many, and how many are walked past the BRP lookup while starting. */
  static final int DEMO_JOURNEYS = 9;
  static final int WALKED = 7;
  /** The retry cycle of application.yml, R3/PT5M. */
  static final int ATTEMPTS = 3;
  static final Duration INTERVAL = Duration.ofMinutes(5);

  static final WireMockServer brp = new WireMockServer(wireMockConfig().dynamicPort());

  static {
    brp.start();
    brp.stubFor(post(urlEqualTo(PERSONEN)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html; charset=utf-8").withBody(HTML)));
  }

  @DynamicPropertySource
  static void demoOnAnUnusableBrp(DynamicPropertyRegistry registry) {
    registry.add("werkpad.demo.enabled", () -> "true");
    registry.add("werkpad.demo.journeys", () -> "true");
    registry.add("werkpad.brp.mode", () -> "haalcentraal");
    registry.add("werkpad.brp.base-url", () -> brp.baseUrl() + BRP_BASE);
    registry.add("werkpad.brp.read-timeout", () -> "2s");
    registry.add("werkpad.brp.protocollering.defaults.doelbinding", () -> "Participatiewet");
    registry.add("werkpad.brp.protocollering.defaults.verwerking", () -> "Werk en participatie");
    registry.add("werkpad.brp.protocollering.defaults.origin-oin", () -> "00000001001589623000");
  }

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void stopStub() {
    brp.stop();
  }

  @Test
  void theApplicationStartsAndTheDemoJourneysWaitAtTheLookupWithIncidents(CapturedOutput output) {
    ResponseEntity<String> liveness = rest.getForEntity("/actuator/health/liveness", String.class);
    assertThat(liveness.getStatusCode().value()).isEqualTo(200);
    assertThat(liveness.getBody()).contains("\"status\":\"UP\"");

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ClientJourney").active().count())
        .as("demo journeys started").isEqualTo(DEMO_JOURNEYS);
    assertThat(management.getProperties()).as("created once: a restart makes no second set")
        .containsEntry(DemoJourneys.CREATED_PROPERTY, "true");
    List<Job> failed = management.createJobQuery().activityId(BRP_LOOKUP).withException().list();
    assertThat(failed).as("lookups the demo set-up ran: one attempt each, counted by the engine").hasSize(WALKED)
        .allSatisfy(job -> {
          assertThat(job.getRetries()).isEqualTo(ATTEMPTS - 1);
          assertThat(job.getExceptionMessage()).contains("onbruikbaar antwoord (HTTP 200: geen JSON maar text/html)");
        });
    brp.verify(WALKED, postRequestedFor(urlEqualTo(PERSONEN)));

    List<String> warnings = output.getOut().lines()
        .filter(line -> line.contains(" WARN ") && line.contains("nl.werkpad.demo.DemoJourneys")).toList();
    assertThat(warnings).as("one line per demo journey not prepared").hasSize(WALKED).allSatisfy(line ->
        assertThat(line).containsPattern("Demo-klantreis KR-\\d{4}-\\d+ \\([^)]+\\) is niet voorbereid: ")
            .contains(BRP_LOOKUP, "onbruikbaar antwoord (HTTP 200: geen JSON maar text/html) voor gemeente"));
    assertThat(output.getOut()).contains("Demo-klantreizen aangemaakt");

    // The job executor's part, on the engine's clock: the attempts the retry cycle still allows.
    for (int attempt = 2; attempt <= ATTEMPTS; attempt++) {
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(INTERVAL).plusSeconds(1)));
      for (Job job : management.createJobQuery().activityId(BRP_LOOKUP).executable().list()) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException expected) {
          // The BRP still answers HTML: the engine counts the attempt.
        }
      }
    }
    List<Incident> incidents = runtime.createIncidentQuery().activityId(BRP_LOOKUP).list();
    assertThat(incidents).as("incidents at the BRP lookup of the demo journeys that were walked").hasSize(WALKED)
        .allSatisfy(incident -> assertThat(incident.getIncidentMessage())
            .contains("onbruikbaar antwoord (HTTP 200: geen JSON maar text/html)"));

    assertThat(output.getAll()).as("everything logged").doesNotContain(demoBsns());
  }

  /** The BSNs of the demo persons, public test numbers. */
  private static String[] demoBsns() {
    return new String[] {"999990019", "999990020", "999990032", "999990044", "999990056", "999990172",
        "999990068", "999990081", "999990093"};
  }
}
