package nl.werkpad.beheer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import nl.werkpad.zaak.ZakenApiFake;
import nl.werkpad.zaak.ZakenApiFake.Loss;
import nl.werkpad.zaak.ZakenApiFake.Outage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Acceptance (issue 9): "a backend outage (BRP or Zaken unreachable for minutes) leaves incidents that
 * are resolved by a retry in Cockpit once it is back; no journey lost or duplicated".
 *
 * <p>The application runs with both HTTP clients ({@code haalcentraal}, {@code zgw}) against WireMock:
 * the BRP a stub that can be switched off (connection refused), the Zaken API a {@link ZakenApiFake} that
 * keeps what it is sent, can hang, and can process a request and lose its answer. The test does the job
 * executor's part on the engine's clock, so the retry cycle of production (three attempts, five minutes
 * apart) takes no real minutes; only the read timeouts run in real time. An operator's retry is the call
 * Cockpit makes for an incident: {@code PUT /engine-rest/job/{id}/retries} with {@code {"retries": 1}},
 * plus the due date when "set due date" is chosen in the dialog.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class BackendOutageIT {

  static final String WINTERSWIJK = "0294";
  static final String TENANT = "gm0294";
  /** Public test BSNs of the fixtures, one journey each. */
  static final List<String> BSNS = List.of("999993872", "999991723", "999994542");

  static final String BRP_LOOKUP = "ServiceTask_PersoonOpvragen";
  static final String ZAAK_OPENING = "ServiceTask_ZaakAanmaken";
  static final String FIRST_TASK = "UserTask_BredeIntake";
  /** The retry cycle of application.yml, R3/PT5M. */
  static final int ATTEMPTS = 3;
  static final Duration INTERVAL = Duration.ofMinutes(5);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
  /** What an attempt against a hanging backend may take: the read timeout and some slack, never minutes. */
  static final Duration MAX_ATTEMPT = READ_TIMEOUT.plusMillis(1_500);

  static final String BRP_BASE = "/haalcentraal/api/brp";
  static final String PERSONEN = BRP_BASE + "/personen";
  static final String PERSOON = """
      {"type": "RaadpleegMetBurgerservicenummer", "personen": [{
        "naam": {"voornamen": "Hendrika Johanna", "voorvoegsel": "ten", "geslachtsnaam": "Brinke"},
        "geboorte": {"datum": {"type": "Datum", "datum": "1978-06-14", "langFormaat": "14 juni 1978"}},
        "verblijfplaats": {"type": "Adres", "verblijfadres": {"officieleStraatnaam": "Meddosestraat",
          "huisnummer": 17, "postcode": "7103AB", "woonplaats": "Winterswijk"}},
        "gemeenteVanInschrijving": {"code": "0294", "omschrijving": "Winterswijk"}}]}""";

  static final String API = "/zaken/api/v1";
  static final String RSIN = "001589623";
  static final String CATALOGI = "https://catalogi.example.nl/catalogi/api/v1";
  static final String AANGEMELD = CATALOGI + "/statustypen/aaaaaaaa-0000-4000-8000-000000000001";

  /** On a fixed port, so that it can be switched off and on again at the address Werkpad knows. */
  static final WireMockServer brp = new WireMockServer(wireMockConfig().port(freePort()));
  static final String BRP_URL;
  static final ZakenApiFake zaken = new ZakenApiFake(API, (int) READ_TIMEOUT.toMillis() + 3_000);
  static final WireMockServer zrc = new WireMockServer(wireMockConfig().dynamicPort().extensions(zaken));

  static {
    brp.start();
    zrc.start();
    BRP_URL = brp.baseUrl() + BRP_BASE;
    brp.stubFor(post(urlEqualTo(PERSONEN)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8").withBody(PERSOON)));
    zrc.stubFor(any(urlPathMatching(API + "/.*")).willReturn(aResponse().withTransformers(ZakenApiFake.NAME)));
  }

  @DynamicPropertySource
  static void backends(DynamicPropertyRegistry registry) {
    registry.add("werkpad.brp.mode", () -> "haalcentraal");
    registry.add("werkpad.brp.base-url", () -> BRP_URL);
    registry.add("werkpad.brp.connect-timeout", () -> "1s");
    registry.add("werkpad.brp.read-timeout", () -> READ_TIMEOUT.toMillis() + "ms");
    registry.add("werkpad.brp.protocollering.defaults.doelbinding", () -> "Participatiewet");
    registry.add("werkpad.brp.protocollering.defaults.verwerking", () -> "Werk en participatie");
    registry.add("werkpad.brp.protocollering.defaults.origin-oin", () -> "00000001001589623000");

    registry.add("werkpad.zaken.mode", () -> "zgw");
    registry.add("werkpad.zaken.base-url", () -> zrc.baseUrl() + API);
    registry.add("werkpad.zaken.connect-timeout", () -> "1s");
    registry.add("werkpad.zaken.read-timeout", () -> READ_TIMEOUT.toMillis() + "ms");
    registry.add("werkpad.zaken.client-id", () -> "werkpad-it");
    registry.add("werkpad.zaken.secret", () -> "een-gedeeld-geheim-van-minstens-32-bytes!");
    String municipality = "werkpad.zaken.municipalities.0294.";
    registry.add(municipality + "rsin", () -> RSIN);
    registry.add(municipality + "zaaktype", () -> CATALOGI + "/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1");
    registry.add(municipality + "roltype", () -> CATALOGI + "/roltypen/5d6d3a8a-6b4e-4b7a-9f53-3a0c1b5e7a11");
    registry.add(municipality + "statustypen.AANGEMELD", () -> AANGEMELD);
    registry.add(municipality + "default-resultaattype", () -> CATALOGI + "/resultaattypen/bbbbbbbb-0000-4000-8000-000000000099");
  }

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JourneyRepository journeys;
  @Autowired JourneyDriver driver;

  final ObjectMapper json = new ObjectMapper();
  /** Every exception an attempt ended with: what Cockpit shows of a failed job, and never a BSN. */
  final List<String> failures = new ArrayList<>();

  @BeforeEach
  void freezeTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
  }

  @AfterEach
  void cleanUp() {
    driver.deleteAll();
    management.createBatchQuery().list().forEach(batch -> management.deleteBatch(batch.getId(), true));
    ClockUtil.reset();
    if (!brp.isRunning()) {
      brp.start();
    }
    brp.resetRequests();
    zrc.resetRequests();
    zaken.reset();
    failures.clear();
  }

  @AfterAll
  static void stopStubs() {
    brp.stop();
    zrc.stop();
  }

  @Test
  void brpUnreachableLeavesIncidentsOnTheLookupThatCockpitsRetryResolves(CapturedOutput output) {
    brp.stop();
    List<String> numbers = BSNS.stream().map(this::startAsKlantmanager).toList();

    attemptsUntilIncidents(BRP_LOOKUP, numbers);

    List<Incident> incidents = incidents(BRP_LOOKUP, numbers.size());
    for (Incident incident : incidents) {
      assertThat(incident.getIncidentMessage()).as("what Cockpit shows")
          .startsWith("BRP (POST " + BRP_URL + "/personen) niet bereikbaar voor gemeente 0294")
          .contains("verbinding geweigerd");
    }
    assertLogLines(output, "Intake", BRP_LOOKUP, numbers.size(), "niet bereikbaar voor gemeente 0294");
    assertWaitingAt(numbers, BRP_LOOKUP);
    assertThat(brp.getAllServeEvents()).as("requests that reached the BRP").isEmpty();

    // A retry while the BRP is still down is one more attempt, and the incident is back at once.
    retryAsCockpit(incidents.get(0), ClockUtil.getCurrentTime());
    assertThat(runtime.createIncidentQuery().activityId(BRP_LOOKUP).count()).isEqualTo(numbers.size() - 1);
    assertThat(executable(BRP_LOOKUP)).hasSize(1).allSatisfy(job -> assertThat(attempt(job)).isFalse());
    incidents = incidents(BRP_LOOKUP, numbers.size());

    // The BRP is back. The operator retries each incident in Cockpit, keeping the due date (the default).
    brp.start();
    incidents.forEach(incident -> retryAsCockpit(incident, null));
    assertThat(openIncidents()).as("open incidents after the retry").isZero();
    assertThat(executable(BRP_LOOKUP)).as("the lookup waits for the due date it kept, five minutes after"
        + " the last attempt").isEmpty();
    advance(INTERVAL);

    driver.runJobs();
    assertAtFirstTask(numbers);
    brp.verify(numbers.size(), postRequestedFor(urlEqualTo(PERSONEN)));
    assertOneZaakEach(numbers);
    assertNoBsn(output);
  }

  @Test
  void zakenHangingLeavesIncidentsOnTheZaakThatCockpitsRetryResolves(CapturedOutput output) {
    zaken.outage(Outage.HANGING);
    List<String> numbers = BSNS.stream().map(this::startAsKlantmanager).toList();
    runDue(BRP_LOOKUP, numbers.size());

    attemptsUntilIncidents(ZAAK_OPENING, numbers);

    List<Incident> incidents = incidents(ZAAK_OPENING, numbers.size());
    for (Incident incident : incidents) {
      assertThat(incident.getIncidentMessage()).as("what Cockpit shows").isEqualTo(
          "Zaken API " + zrc.baseUrl() + API + " niet bereikbaar bij GET /zaken: geen antwoord binnen "
              + READ_TIMEOUT.toMillis() + " ms (time-out)");
    }
    assertLogLines(output, "Intake", ZAAK_OPENING, numbers.size(), "niet bereikbaar bij GET /zaken");
    assertWaitingAt(numbers, ZAAK_OPENING);
    assertThat(zrc.findAll(postRequestedFor(anyUrl()))).as("writes that reached the Zaken API").isEmpty();

    // The Zaken API is back. The operator retries in Cockpit with "set due date": now.
    zaken.outage(Outage.NONE);
    incidents.forEach(incident -> retryAsCockpit(incident, ClockUtil.getCurrentTime()));
    assertThat(openIncidents()).as("open incidents after the retry").isZero();
    assertThat(executable(ZAAK_OPENING)).as("due at once").hasSize(numbers.size());

    driver.runJobs();
    assertAtFirstTask(numbers);
    assertOneZaakEach(numbers);
    assertNoBsn(output);
  }

  @Test
  void manyIncidentsAreRetriedInOneBatch(CapturedOutput output) {
    brp.stop();
    List<String> numbers = BSNS.stream().map(this::startAsKlantmanager).toList();
    attemptsUntilIncidents(BRP_LOOKUP, numbers);
    incidents(BRP_LOOKUP, numbers.size());

    // The BRP is back: one call retries every job of the step that has no retries left, due now.
    brp.start();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> batch = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/job/retries",
        new HttpEntity<>("""
            {"retries": 1, "dueDate": "%s", "jobQuery": {"activityId": "%s", "noRetriesLeft": true}}"""
            .formatted(restDate(ClockUtil.getCurrentTime()), BRP_LOOKUP), headers), String.class);
    assertThat(batch.getStatusCode().value()).as("batch: " + batch.getBody()).isEqualTo(200);

    driver.runJobs(); // the batch's jobs, then the journeys' own
    assertAtFirstTask(numbers);
    assertOneZaakEach(numbers);
    assertNoBsn(output);
  }

  @Test
  void aZaakWhoseAnswerWasLostIsFoundByTheRetryNotMadeTwice(CapturedOutput output) {
    List<String> numbers = BSNS.stream().map(this::startAsKlantmanager).toList();
    // The zaaksysteem does the work, the answer never arrives: for Werkpad the step failed.
    zaken.loseAnswer(numbers.get(0), "POST /zaken", Loss.connectionReset());
    zaken.loseAnswer(numbers.get(1), "POST /zaken", Loss.lateAnswer((int) READ_TIMEOUT.toMillis() + 1_500));
    // The zaak is made, the client's rol too, then the attempt fails; the next one also loses the status:
    // each time Werkpad's transaction rolls back and holds nothing of what the zaaksysteem holds.
    zaken.loseAnswer(numbers.get(2), "POST /rollen", Loss.connectionReset());
    zaken.loseAnswer(numbers.get(2), "POST /statussen", Loss.connectionReset());
    runDue(BRP_LOOKUP, numbers.size());

    // The job executor's part: attempts five minutes apart, the retry cycle of production.
    for (int attempt = 1; attempt <= ATTEMPTS && !executable(ZAAK_OPENING).isEmpty(); attempt++) {
      for (Job job : executable(ZAAK_OPENING)) {
        attempt(job);
      }
      advance(INTERVAL);
    }

    assertThat(zaken.unansweredLosses()).as("lost answers still planned").isZero();
    assertThat(failures).as("failed attempts").hasSize(4);
    assertThat(failures).anySatisfy(failure -> assertThat(failure).contains("POST /zaken"))
        .anySatisfy(failure -> assertThat(failure).contains("POST /rollen"))
        .anySatisfy(failure -> assertThat(failure).contains("POST /statussen"));
    assertThat(openIncidents()).as("open incidents: each step succeeded within its retries").isZero();
    driver.runJobs();
    assertAtFirstTask(numbers);
    assertOneZaakEach(numbers);
    assertNoBsn(output);
  }

  // --- the engine's part and the operator's ----------------------------------------------------------

  /** A klantmanager registers a client over REST, as in the README: it needs no backend. */
  private String startAsKlantmanager(String bsn) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = rest.withBasicAuth("km-winterswijk", "demo").postForEntity(
        "/engine-rest/process-definition/key/ClientJourney/start", new HttpEntity<>("""
            {"variables": {"bsn": {"value": "%s"}, "woongemeente": {"value": "%s"}}}"""
            .formatted(bsn, WINTERSWIJK), headers), String.class);
    assertThat(answer.getStatusCode().value()).as("start of a journey during the outage").isEqualTo(200);
    return read(answer.getBody()).path("businessKey").asText();
  }

  /**
   * Every attempt the retry cycle allows fails: three, five minutes apart and not sooner, each within
   * the read timeout; then the job has no retries left and an incident.
   */
  private void attemptsUntilIncidents(String activityId, List<String> numbers) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      List<Job> due = executable(activityId);
      assertThat(due).as("jobs due for attempt " + attempt).hasSize(numbers.size());
      for (Job job : due) {
        assertThat(attempt(job)).as("attempt " + attempt + " succeeded").isFalse();
      }
      Date now = ClockUtil.getCurrentTime();
      for (String number : numbers) {
        Job job = job(number, activityId);
        assertThat(job.getRetries()).as("retries left after attempt " + attempt).isEqualTo(ATTEMPTS - attempt);
        assertThat(job.getDuedate()).as("next attempt").isEqualTo(Date.from(now.toInstant().plus(INTERVAL)));
      }
      if (attempt < ATTEMPTS) {
        advance(INTERVAL.minusSeconds(1));
        assertThat(executable(activityId)).as("due before the interval has passed").isEmpty();
        advance(Duration.ofSeconds(1));
      }
    }
    assertThat(failures).as("failed attempts").hasSize(ATTEMPTS * numbers.size());
  }

  /** What the job executor does with a due job: run it, and on failure let the engine count it down. */
  private boolean attempt(Job job) {
    long start = System.nanoTime();
    try {
      management.executeJob(job.getId());
      return true;
    } catch (RuntimeException e) {
      failures.add(causes(e));
      return false;
    } finally {
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("duration of an attempt").isLessThan(MAX_ATTEMPT);
    }
  }

  private void runDue(String activityId, int expected) {
    List<Job> due = executable(activityId);
    assertThat(due).hasSize(expected);
    due.forEach(job -> assertThat(attempt(job)).as("attempt at " + activityId + " succeeded").isTrue());
  }

  /**
   * Cockpit's retry of an incident: its dialog sends {@code PUT job/{id}/retries} with one retry, and
   * with the due date only when the operator chooses "set due date".
   */
  private void retryAsCockpit(Incident incident, Date dueDate) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = dueDate == null ? "{\"retries\": 1}"
        : "{\"retries\": 1, \"dueDate\": \"%s\"}".formatted(restDate(dueDate));
    ResponseEntity<String> answer = rest.withBasicAuth("admin", "demo").exchange("/engine-rest/job/{id}/retries",
        HttpMethod.PUT, new HttpEntity<>(body, headers), String.class, incident.getConfiguration());
    assertThat(answer.getStatusCode().value()).as("retry: " + answer.getBody()).isEqualTo(204);
  }

  /** The REST API's date format, as Cockpit sends it. */
  private static String restDate(Date date) {
    return new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(date);
  }

  private void advance(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  // --- assertions ------------------------------------------------------------------------------------

  private List<Incident> incidents(String activityId, int expected) {
    List<Incident> incidents = runtime.createIncidentQuery().activityId(activityId).list();
    assertThat(incidents).as("incidents at " + activityId).hasSize(expected);
    for (Incident incident : incidents) {
      assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      assertThat(incident.getTenantId()).isEqualTo(TENANT);
      assertThat(management.createJobQuery().jobId(incident.getConfiguration()).singleResult().getRetries()).isZero();
      assertThat(incident.getIncidentMessage()).doesNotContain(BSNS);
    }
    assertThat(failures).as("messages of the failed attempts").allSatisfy(failure ->
        assertThat(failure).doesNotContain(BSNS));
    return incidents;
  }

  /** One alert-ready line per incident on nl.werkpad.incident, without a BSN. */
  private static void assertLogLines(CapturedOutput output, String process, String activityId, int expected,
      String error) {
    List<String> lines = output.getOut().lines()
        .filter(line -> line.contains("incident type=failedJob process=" + process + " activity=" + activityId))
        .toList();
    assertThat(lines).as("incident log lines").hasSize(expected).allSatisfy(line -> assertThat(line)
        .contains("ERROR", "nl.werkpad.incident", "tenant=" + TENANT, "error=\"", error)
        .doesNotContain(BSNS));
  }

  /** Nothing is lost: each journey is there once, active, its subprocess waiting at the failed step. */
  private void assertWaitingAt(List<String> numbers, String activityId) {
    assertOneActiveJourneyEach(numbers);
    for (String number : numbers) {
      Job job = job(number, activityId);
      assertThat(job.getRetries()).as("retries of the job of " + number).isZero();
      assertThat(runtime.getActiveActivityIds(job.getExecutionId())).as("where " + number + " waits")
          .containsExactly(activityId);
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).count()).as("open tasks").isZero();
    }
  }

  /** Each journey once, at its first user task: the brede intake. */
  private void assertAtFirstTask(List<String> numbers) {
    assertOneActiveJourneyEach(numbers);
    assertThat(openIncidents()).as("open incidents").isZero();
    for (String number : numbers) {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(number).list();
      assertThat(open).as("open tasks of " + number).extracting(Task::getTaskDefinitionKey).containsExactly(FIRST_TASK);
    }
  }

  private void assertOneActiveJourneyEach(List<String> numbers) {
    List<ProcessInstance> roots = runtime.createProcessInstanceQuery().processDefinitionKey("ClientJourney")
        .active().list();
    assertThat(roots).as("running journeys").extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrderElementsOf(numbers);
    Map<String, String> byBsn = IntStream.range(0, numbers.size()).boxed()
        .collect(Collectors.toMap(BSNS::get, numbers::get));
    byBsn.forEach((bsn, number) -> assertThat(journeys.findByActiveBsn(bsn)).as("the active journey of a client")
        .map(Journey::getNumber).contains(number));
  }

  /**
   * At the Zaken API: one zaak per journey with the client as its one rol and status "aangemeld" once;
   * and Werkpad asked to create each of them once, as WireMock's journal shows.
   */
  private void assertOneZaakEach(List<String> numbers) {
    for (int i = 0; i < numbers.size(); i++) {
      String number = numbers.get(i);
      List<JsonNode> zaak = zaken.zaken(number);
      assertThat(zaak).as("zaken of journey " + number).hasSize(1);
      String url = zaak.get(0).path("url").asText();
      assertThat(zaken.rollen(url)).as("rollen of zaak " + number)
          .extracting(rol -> rol.path("betrokkeneIdentificatie").path("inpBsn").asText()).containsExactly(BSNS.get(i));
      assertThat(zaken.statussen(url)).as("statussen of zaak " + number)
          .extracting(status -> status.path("statustype").asText()).containsExactly(AANGEMELD);
      assertThat(runtime.createVariableInstanceQuery().variableName("zaakUrl").list())
          .extracting(variable -> variable.getValue()).contains(url);
    }
    assertThat(creates("/zaken")).as("POST /zaken by identificatie")
        .containsExactlyInAnyOrderElementsOf(numbers);
    assertThat(creates("/rollen")).as("POST /rollen").hasSize(numbers.size());
    assertThat(creates("/statussen")).as("POST /statussen").hasSize(numbers.size());
  }

  private List<String> creates(String collection) {
    return zrc.findAll(postRequestedFor(urlPathEqualTo(API + collection))).stream()
        .map(LoggedRequest::getBodyAsString).map(this::read)
        .map(body -> body.has("identificatie") ? body.path("identificatie").asText() : body.path("zaak").asText())
        .toList();
  }

  /** Not in a log line, not in what Cockpit shows, not in the output of the test at all. */
  private static void assertNoBsn(CapturedOutput output) {
    assertThat(output.getAll()).as("everything logged during the test").doesNotContain(BSNS);
  }

  // --- queries ---------------------------------------------------------------------------------------

  private List<Job> executable(String activityId) {
    return management.createJobQuery().activityId(activityId).executable().list();
  }

  /** The job of the journey's step: every process instance of a journey carries its number. */
  private Job job(String number, String activityId) {
    List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).list().stream()
        .map(ProcessInstance::getId).toList();
    List<Job> jobs = instances.stream()
        .flatMap(id -> management.createJobQuery().processInstanceId(id).activityId(activityId).list().stream())
        .toList();
    assertThat(jobs).as("jobs of " + number + " at " + activityId).hasSize(1);
    return jobs.get(0);
  }

  private long openIncidents() {
    return runtime.createIncidentQuery().count();
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String causes(Throwable thrown) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      messages.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append('\n');
    }
    return messages.toString();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
