package nl.werkpad.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import nl.werkpad.person.Bsn;
import nl.werkpad.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Werkpad as a cluster: two nodes, the packaged jar started twice with {@code java -jar} as in
 * production (profiles postgres and cluster), on one fresh PostgreSQL database. Both start at the same
 * moment on the empty database; the tests then show that Tasklist's REST works through either node, that
 * timers fire once with both nodes up, and that journeys started through both nodes all continue when
 * one node is killed hard (SIGKILL) in the middle of the intake's jobs: each async service task ran to
 * completion exactly once per journey, each journey has exactly one zaak, nothing failed.
 *
 * <p>The node that is killed is the one that has run a few of the intake's jobs first (which node wins
 * the race for jobs is up to the engine): it dies while it holds locks on jobs, and the other node runs
 * them once those locks expire. The job lock time is short here (10 s) for that reason; the nodes are
 * named node-a and node-b in the engine's job log ({@code ACT_HI_JOB_LOG.HOSTNAME_}), which shows who
 * ran what.
 *
 * <p>Needs the jar ({@code ./mvnw package}; {@code ./mvnw verify} builds it before failsafe runs) and
 * PostgreSQL, like the other *PostgresIT; skipped without PostgreSQL unless it is required (CI). The
 * nodes' logs are in {@code target/cluster-it/}; a failure shows their last lines.
 */
@ExtendWith(PostgresDatabase.class)
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ClusterPostgresIT {

  private static final Duration LOCK_TIME = Duration.ofSeconds(10);
  private static final Duration START_UP = Duration.ofMinutes(4);
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String PASSWORD = "demo";
  private static final String ADMIN = "admin";
  private static final int JOURNEYS = 50;
  private static final int YOUNG = 6;
  /** The municipalities the journeys are started for: CBS code and the account of their klantmanager. */
  private static final Map<String, String> MUNICIPALITIES = Map.of("0513", "gouda", "0502", "capelle", "1674",
      "roosendaal", "0294", "winterswijk");
  private static final List<String> CODES = List.of("0513", "0502", "1674", "0294");
  private static final List<String> INTAKE_JOBS = List.of("ServiceTask_PersoonOpvragen", "ServiceTask_ZaakAanmaken");
  private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path work = Path.of("target", "cluster-it").toAbsolutePath();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Person> adults = new ArrayList<>();
  private final List<Person> young = new ArrayList<>();
  private PostgresDatabase.Database database;
  private SingleConnectionDataSource connection;
  private JdbcTemplate db;
  private Node a;
  private Node b;
  /** The young person's journey whose task was claimed through node-b. */
  private Journey claimed;

  @RegisterExtension
  final Diagnostics diagnostics = new Diagnostics();

  /** A fictitious person of the generated registry, living in one of {@link #MUNICIPALITIES}. */
  private record Person(String bsn, String gemeente) {
    String klantmanager() {
      return "km-" + MUNICIPALITIES.get(gemeente);
    }
  }

  /** A started journey: its number and root process instance, and the node it was started through. */
  private record Journey(String number, String id, Person person, Node node) {}

  private record Node(String name, int port, Process process, Path log) {
    String url(String path) {
      return "http://127.0.0.1:" + port + path;
    }
  }

  private record Response(int status, JsonNode body, String text) {}

  @BeforeAll
  void twoNodesOnOneEmptyDatabase() throws Exception {
    Path jar = packagedJar();
    Files.createDirectories(work);
    Path registry = writePersonRegistry();
    database = PostgresDatabase.newDatabase();
    connection = new SingleConnectionDataSource(database.url(), database.user(), database.password(), true);
    db = new JdbcTemplate(connection);

    a = start("node-a", jar, registry);
    b = start("node-b", jar, registry);
    Instant started = Instant.now();
    await("both nodes ready (actuator readiness)", START_UP, () -> ready(a) && ready(b));
    System.out.printf("Both nodes ready after %d s%n", Duration.between(started, Instant.now()).toSeconds());
  }

  @AfterAll
  void stopBothNodesAndDropTheDatabase() {
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        node.process().destroyForcibly();
      }
    }
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        waitFor(node.process());
      }
    }
    if (connection != null) {
      connection.destroy();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  @Order(1)
  void bothNodesStartAtOnceOnTheEmptyDatabaseAndCreateEverythingOnce() {
    assertThat(db.queryForObject("select count(*) from act_re_deployment", Long.class))
        .as("one deployment of the process archive (Camunda's deployment lock)").isEqualTo(1);
    assertThat(db.queryForList("select key_ from act_re_procdef where version_ <> 1", String.class))
        .as("no model deployed twice").isEmpty();
    assertThat(db.queryForObject("select count(*) from act_ru_filter", Long.class))
        .as("each Tasklist filter once").isEqualTo(4);
    assertThat(db.queryForObject("select count(*) from act_id_tenant", Long.class))
        .as("one tenant per municipality").isEqualTo(20);
    assertThat(db.queryForList("select version from wp_schema_history group by version having count(*) > 1", String.class))
        .as("Werkpad's migrations, each once (Flyway's lock)").isEmpty();
    assertThat(log(a)).doesNotContain("APPLICATION FAILED");
    assertThat(log(b)).doesNotContain("APPLICATION FAILED");
  }

  @Test
  @Order(2)
  void tasklistWorksThroughEitherNode() {
    Person person = young.get(0);
    Journey journey = startJourney(a, person);
    claimed = journey;
    String user = person.klantmanager();
    JsonNode task = awaitTask(a, user, journey, "UserTask_Zoektermijn");

    String path = "/engine-rest/task/" + task.path("id").asText();
    Response read = call(b, user, "GET", path, null);
    assertThat(read.status()).as("node-b reads the task listed on node-a: " + read.text()).isEqualTo(200);
    assertThat(read.body().path("name").asText()).isEqualTo(task.path("name").asText());
    Response claim = call(b, user, "POST", path + "/claim", Map.of("userId", user));
    assertThat(claim.status()).as("claim through node-b: " + claim.text()).isEqualTo(204);
    assertThat(call(a, user, "GET", path, null).body().path("assignee").asText()).isEqualTo(user);

    // Tasklist's own filter "Mijn taken" lists it through either node.
    for (Node node : new Node[] {a, b}) {
      Response filters = call(node, user, "GET", "/engine-rest/filter?name=Mijn%20taken", null);
      assertThat(filters.body()).as("filter Mijn taken through " + node.name()).hasSize(1);
      Response mine = call(node, user, "POST", "/engine-rest/filter/" + filters.body().get(0).path("id").asText() + "/list",
          Map.of("processInstanceBusinessKey", journey.number()));
      assertThat(mine.body()).as("Mijn taken through " + node.name() + ": " + mine.text()).hasSize(1);
      assertThat(mine.body().get(0).path("id").asText()).isEqualTo(task.path("id").asText());
    }
  }

  @Test
  @Order(3)
  void aTimerFiresOnceWithBothNodesUp() {
    // Young people wait four weeks (zoektermijn) before the brede intake: a timer on their task.
    List<Journey> waiting = new ArrayList<>();
    waiting.add(claimed != null ? claimed : startJourney(a, young.get(0)));
    for (int i = 1; i < young.size(); i++) {
      waiting.add(startJourney(i % 2 == 0 ? a : b, young.get(i)));
    }
    Map<Journey, String> timers = new LinkedHashMap<>();
    for (Journey journey : waiting) {
      awaitTask(journey.node(), journey.person().klantmanager(), journey, "UserTask_Zoektermijn");
      timers.put(journey, db.queryForObject("select id_ from act_ru_job where type_ = 'timer'"
          + " and root_proc_inst_id_ = ?", String.class, journey.id()));
    }

    // The four weeks have passed: due now, set through either node.
    String now = REST_DATE.format(Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC));
    int i = 0;
    for (String job : timers.values()) {
      Response due = call(i++ % 2 == 0 ? a : b, ADMIN, "PUT", "/engine-rest/job/" + job + "/duedate", Map.of("duedate", now));
      assertThat(due.status()).as("due date of a timer: " + due.text()).isEqualTo(204);
    }
    await("the brede intake of every young person whose timer fired", PATIENCE,
        () -> waiting.stream().allMatch(j -> openTasks(j, "UserTask_BredeIntake") == 1));

    for (Map.Entry<Journey, String> timer : timers.entrySet()) {
      String journey = timer.getKey().id();
      assertThat(db.queryForList("select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2",
          String.class, timer.getValue())).as("the timer ran once, on one node").hasSize(1);
      assertThat(db.queryForObject("select count(*) from act_hi_actinst where root_proc_inst_id_ = ?"
          + " and act_id_ = 'BoundaryEvent_ZoektermijnVerstreken'", Long.class, journey)).as("the timer fired once").isEqualTo(1);
      assertThat(db.queryForObject("select count(*) from act_hi_actinst where root_proc_inst_id_ = ?"
          + " and act_id_ = 'UserTask_BredeIntake'", Long.class, journey)).as("one brede intake").isEqualTo(1);
    }
    System.out.println("Timers fired by: " + db.queryForList("select hostname_, count(*) as fired from act_hi_job_log"
        + " where job_state_ = 2 and act_id_ = 'BoundaryEvent_ZoektermijnVerstreken' group by hostname_"));
  }

  @Test
  @Order(4)
  void everyJourneyContinuesWhenANodeIsKilledInTheMiddleOfTheIntakeJobs() {
    // The intake's jobs are held while the journeys are started through both nodes, then released at
    // once: a backlog of two jobs per journey that both nodes work on, so the kill lands in the middle.
    suspendIntakeJobs(true);
    List<Journey> journeys = new ArrayList<>();
    for (int i = 0; i < JOURNEYS; i++) {
      journeys.add(startJourney(i % 2 == 0 ? a : b, adults.get(i)));
    }
    assertThat(db.queryForObject("select count(*) from act_ru_job where suspension_state_ = 2 and type_ = 'message'",
        Long.class)).as("the first intake job of every journey, held").isEqualTo(JOURNEYS);
    long doneByA = jobsDoneBy(a);
    long doneByB = jobsDoneBy(b);
    suspendIntakeJobs(false);

    // Whichever node gets to the jobs first is killed once it has run a few: it dies while working.
    await("a node running intake jobs", PATIENCE, () -> jobsDoneBy(a) - doneByA >= 3 || jobsDoneBy(b) - doneByB >= 3);
    Node victim = jobsDoneBy(a) - doneByA >= jobsDoneBy(b) - doneByB ? a : b;
    Node survivor = victim == a ? b : a;
    victim.process().destroyForcibly();
    waitFor(victim.process());
    Instant killed = Instant.now();
    long unfinished = db.queryForObject("select count(*) from act_ru_job where type_ = 'message'", Long.class);
    System.out.printf("%s killed (SIGKILL) after running %d intake jobs; %d jobs unfinished, %d of them locked%n",
        victim.name(), jobsDoneBy(victim) - (victim == a ? doneByA : doneByB), unfinished,
        db.queryForObject("select count(*) from act_ru_job where type_ = 'message' and lock_owner_ is not null", Long.class));
    assertThat(unfinished).as("jobs left when " + victim.name() + " died: the kill was in the middle of the work").isPositive();

    String numbers = journeys.stream().map(Journey::number).collect(Collectors.joining(","));
    await("every journey at its brede intake, through " + survivor.name(), PATIENCE.plus(LOCK_TIME),
        () -> taskCount(survivor, "UserTask_BredeIntake", numbers) == JOURNEYS);
    System.out.printf("All journeys at their brede intake %d s after the kill; jobs run by node: %s%n",
        Duration.between(killed, Instant.now()).toSeconds(),
        db.queryForList("select hostname_, count(*) as jobs from act_hi_job_log where job_state_ = 2 group by hostname_"));

    for (Journey journey : journeys) {
      for (String activity : INTAKE_JOBS) {
        List<Map<String, Object>> runs = db.queryForList("select end_time_, act_inst_state_ from act_hi_actinst"
            + " where root_proc_inst_id_ = ? and act_id_ = ?", journey.id(), activity);
        assertThat(runs).as(activity + " of " + journey.number() + " ran exactly once").hasSize(1);
        assertThat(runs.get(0).get("end_time_")).as(activity + " of " + journey.number() + " completed").isNotNull();
        // Camunda's activity instance state 2 is "canceled".
        assertThat(runs.get(0).get("act_inst_state_")).as(activity + " of " + journey.number() + " not canceled").isNotEqualTo(2);
        assertThat(db.queryForObject("select count(*) from act_hi_job_log where root_proc_inst_id_ = ? and act_id_ = ?"
            + " and job_state_ = 2", Long.class, journey.id(), activity)).as("its job succeeded once").isEqualTo(1);
      }
      assertThat(openTasks(journey, "UserTask_BredeIntake")).as("brede intake of " + journey.number()).isEqualTo(1);
      assertThat(db.queryForObject("select count(*) from wp_zaak where journey_number = ?", Long.class, journey.number()))
          .as("one zaak for " + journey.number()).isEqualTo(1);
      assertThat(db.queryForObject("select count(*) from wp_zaak_status s join wp_zaak z on z.id = s.zaak_id"
          + " where z.journey_number = ? and s.status = 'AANGEMELD'", Long.class, journey.number()))
          .as("zaak of " + journey.number() + " got its status once").isEqualTo(1);

      // The klantmanager finds the task through the surviving node.
      Response tasks = call(survivor, journey.person().klantmanager(), "GET",
          "/engine-rest/task?processInstanceBusinessKey=" + journey.number(), null);
      assertThat(tasks.body()).as("tasks of " + journey.number() + " through " + survivor.name()).hasSize(1);
      assertThat(tasks.body().get(0).path("taskDefinitionKey").asText()).isEqualTo("UserTask_BredeIntake");
    }
    assertThat(db.queryForObject("select count(*) from wp_journey", Long.class)).as("one journey per person, none twice")
        .isEqualTo(JOURNEYS + YOUNG);
    assertThat(db.queryForObject("select count(*) from wp_zaak", Long.class)).isEqualTo(JOURNEYS + YOUNG);
    assertThat(db.queryForList("select incident_msg_ from act_ru_incident", String.class)).as("incidents").isEmpty();
    assertThat(db.queryForList("select act_id_ || ': ' || job_exception_msg_ from act_hi_job_log where job_state_ = 1",
        String.class)).as("failed job runs").isEmpty();
    assertThat(db.queryForList("select id_ from act_ru_job where type_ = 'message'", String.class))
        .as("jobs left").isEmpty();
  }

  // ---- The nodes -----------------------------------------------------------------------------------

  private Node start(String name, Path jar, Path registry) throws IOException {
    int port = freePort();
    Path log = work.resolve(name + ".log");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-jar", jar.toString(),
        "--server.port=" + port,
        "--spring.profiles.active=postgres,cluster",
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(),
        // The demo's users (klantmanagers km-<gemeente>, admin), not its journeys.
        "--werkpad.demo.enabled=true",
        "--werkpad.demo.journeys=false",
        "--werkpad.brp.embedded-resource=file:" + registry,
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "--camunda.bpm.job-execution.wait-time-in-millis=250",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--camunda.bpm.generic-properties.properties.hostname=" + name);
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    return new Node(name, port, process, log);
  }

  private boolean ready(Node node) {
    assertThat(node.process().isAlive()).as(node.name() + " stopped during start-up").isTrue();
    try {
      HttpResponse<Void> readiness = http.send(HttpRequest.newBuilder(URI.create(node.url("/actuator/health/readiness")))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
      return readiness.statusCode() == 200;
    } catch (IOException notYetListening) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Journey startJourney(Node node, Person person) {
    Response started = call(node, person.klantmanager(), "POST", "/engine-rest/process-definition/key/ClientJourney/start",
        Map.of("variables", Map.of("bsn", Map.of("value", person.bsn()), "woongemeente", Map.of("value", person.gemeente()))));
    assertThat(started.status()).as("journey started through " + node.name() + ": " + started.text()).isEqualTo(200);
    return new Journey(started.body().path("businessKey").asText(), started.body().path("id").asText(), person, node);
  }

  private JsonNode awaitTask(Node node, String user, Journey journey, String taskDefinitionKey) {
    String path = "/engine-rest/task?processInstanceBusinessKey=" + journey.number() + "&taskDefinitionKey=" + taskDefinitionKey;
    await(taskDefinitionKey + " of " + journey.number() + " listed through " + node.name(), PATIENCE,
        () -> call(node, user, "GET", path, null).body().size() == 1);
    return call(node, user, "GET", path, null).body().get(0);
  }

  private long taskCount(Node node, String taskDefinitionKey, String journeyNumbers) {
    return call(node, ADMIN, "GET", "/engine-rest/task/count?taskDefinitionKey=" + taskDefinitionKey
        + "&processInstanceBusinessKeyIn=" + journeyNumbers, null).body().path("count").asLong();
  }

  private long openTasks(Journey journey, String taskDefinitionKey) {
    return db.queryForObject("select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
        + " where e.root_proc_inst_id_ = ? and t.task_def_key_ = ?", Long.class, journey.id(), taskDefinitionKey);
  }

  /** Jobs the node ran to completion, from the engine's job log. */
  private long jobsDoneBy(Node node) {
    return db.queryForObject("select count(*) from act_hi_job_log where hostname_ = ? and job_state_ = 2", Long.class,
        node.name());
  }

  private void suspendIntakeJobs(boolean suspended) {
    Response response = call(suspended ? a : b, ADMIN, "PUT", "/engine-rest/job-definition/suspended",
        Map.of("processDefinitionKey", "Intake", "suspended", suspended, "includeJobs", true));
    assertThat(response.status()).as((suspended ? "suspend" : "activate") + " the intake's jobs: " + response.text())
        .isEqualTo(204);
  }

  private Response call(Node node, String user, String method, String path, Object body) {
    String auth = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(30))
          .header("Authorization", "Basic " + auth).header("Accept", "application/json");
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      return new Response(response.statusCode(), text.isBlank() ? JSON.nullNode() : JSON.readTree(text), text);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " on " + node.name(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---- Fixtures --------------------------------------------------------------------------------

  /**
   * Fictitious persons with public test BSNs (9998xxxxx, passing the elfproef), in the embedded
   * registry's format: adults, who go straight to the brede intake, and young people, who wait for the
   * zoektermijn (a timer) first.
   */
  private Path writePersonRegistry() throws IOException {
    StringBuilder yaml = new StringBuilder("# Generated by ClusterPostgresIT: fictitious persons, public test BSNs.\npersonen:\n");
    long candidate = 999_800_000L;
    for (int i = 0; i < JOURNEYS + YOUNG; i++) {
      while (!Bsn.isValid(Long.toString(candidate))) {
        candidate++;
      }
      Person person = new Person(Long.toString(candidate++), CODES.get(i % CODES.size()));
      boolean isYoung = i >= JOURNEYS;
      (isYoung ? young : adults).add(person);
      LocalDate born = isYoung ? LocalDate.now().minusYears(20) : LocalDate.of(1980, 1, 1).plusDays(i);
      yaml.append("  - bsn: ").append(person.bsn()).append('\n')
          .append("    voornamen: Kim\n")
          .append("    geslachtsnaam: Clustertest\n")
          .append("    geboortedatum: ").append(born).append('\n')
          .append("    straat: Proefstraat\n")
          .append("    huisnummer: ").append(i + 1).append('\n')
          .append("    postcode: 1234 AB\n")
          .append("    woonplaats: Proefdorp\n")
          .append("    gemeenteVanInschrijving: ").append(person.gemeente()).append('\n');
    }
    Path registry = work.resolve("personen.yml");
    Files.writeString(registry, yaml);
    return registry;
  }

  private static Path packagedJar() throws IOException {
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "werkpad-*-SNAPSHOT.jar")) {
      for (Path jar : jars) {
        return jar.toAbsolutePath();
      }
    }
    throw new IllegalStateException("No target/werkpad-*-SNAPSHOT.jar: build it first (./mvnw -DskipTests package)");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void await(String what, Duration patience, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(patience);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not within " + patience.toSeconds() + " s: " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static void waitFor(Process process) {
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String log(Node node) {
    try {
      return Files.readString(node.log());
    } catch (IOException e) {
      return "";
    }
  }

  /** On a failure: the last lines of both nodes' logs, in the failure's message. */
  private final class Diagnostics implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) {
      throw withLogs(throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) {
      throw withLogs(throwable);
    }

    private AssertionError withLogs(Throwable failure) {
      StringBuilder message = new StringBuilder(String.valueOf(failure.getMessage()));
      for (Node node : new Node[] {a, b}) {
        if (node == null) {
          continue;
        }
        List<String> lines = log(node).lines().toList();
        message.append("\n\n---- last lines of ").append(node.log()).append(node.process().isAlive() ? "" : " (stopped)")
            .append(" ----\n").append(lines.subList(Math.max(0, lines.size() - 60), lines.size()).stream()
                .map(line -> line.length() > 400 ? line.substring(0, 400) + "…" : line).collect(Collectors.joining("\n")));
      }
      AssertionError error = new AssertionError(message.toString(), failure);
      error.setStackTrace(failure.getStackTrace());
      return error;
    }
  }
}
