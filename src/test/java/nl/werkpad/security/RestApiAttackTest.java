package nl.werkpad.security;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.sessions.JqwikSession;
import nl.werkpad.journey.JourneyRegisterRepair;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.security.RestApiAttackClient.Answer;
import nl.werkpad.security.RestApiAttackData.Ref;
import nl.werkpad.security.RestApiAttackFinding.Type;
import nl.werkpad.security.RestApiAttackGenerators.AttackRequest;
import nl.werkpad.security.RestApiAttackUsers.PathVariant;
import nl.werkpad.security.RestApiAttackUsers.User;
import nl.werkpad.security.RestApiSpec.Operation;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Attacks Werkpad over every operation of Camunda's own description of its REST API
 * ({@code camunda-engine-rest-openapi}, {@link RestApiSpec}), as a user of every kind
 * ({@link RestApiAttackUsers}: klantmanager, manager, trajectbegeleider, koppeling, designer,
 * administrator), through every door to the same resource: {@code /engine-rest{path}},
 * {@code /engine-rest/engine/default{path}}, and for the GET and POST operations the webapps'
 * {@code /camunda/api/engine/engine/default{path}} with a logged-in session (users without a webapp
 * are skipped there).
 *
 * <ol>
 *   <li>Set-up ({@link RestApiAttackData}): journeys of Gouda (brede intake), Capelle (referred to Promen,
 *       with an incident, a comment and an attachment), Alphen (referred to its own team), Roosendaal
 *       (waiting for UWV's advice) and Winterswijk (brede intake), and a decision deployed for Capelle's
 *       tenant alone; every id they leave is collected with the journey and tenant it belongs to.</li>
 *   <li>Requests ({@link RestApiAttackGenerators}): jqwik arbitraries generate each request from the
 *       operation's schemas: path parameters from the real ids (the user's own, other tenants', shared) or
 *       random and malformed strings; query parameters and bodies with right types, wrong types, required
 *       fields missing, oversized values, special characters, or no JSON at all. Each request is drawn with
 *       a {@link Random} seeded from the run's seed and the request's place (operation, user, door, try):
 *       the seed is printed, and {@code -Dwerkpad.attack.seed=...} runs the same requests again
 *       ({@code -Dwerkpad.attack.tries=...} sets the tries per operation, user and REST door; the webapp
 *       door gets one).</li>
 *   <li>Oracles: {@link ServerErrorOracle} (no 5xx, no request without an answer), {@link LeakOracle} (no
 *       id, business key or BSN of a journey the user may not know in an answer, unless the request held
 *       it; by id, another tenant's object answers exactly like an id nobody has: every request with such
 *       an id is sent again with a nonexistent one and the answers compared), {@link EscalationOracle}
 *       (after the non-administrators' requests: no new camunda-admin member, users, groups, tenants,
 *       memberships or authorizations, no deployment but a designer's, no journey started by who may not,
 *       no change to another tenant's data in the operation log, no suspended model).</li>
 * </ol>
 *
 * <p>The non-administrators attack first, every operation; then the administrator, whose requests are
 * carried out and could take away what the others attack. The table (per operation and user: requests
 * and answers per status class) and the findings (each, and grouped by cause) are printed and written to
 * {@code target/rest-api-attack/}. The test fails when there is any finding.
 *
 * <p><b>Not attacked, or not by everyone</b> ({@link RestApiAttackPolicy}); the context is shared with
 * every other unit test of the JVM, so nothing here may break what they rely on:
 * <ul>
 *   <li>Skipped for everyone: {@code PUT /user/{id}/credentials} and {@code POST /identity/verify}. Both
 *       check a password, and a wrong one delays the demo user's next logins and after ten attempts locks
 *       the account for good (the first checks the caller's own password, whatever the target).</li>
 *   <li>Only as users who must be refused (not the administrator, whose request would be carried out):
 *       writes to identities and authorizations (create, update and delete users, groups, tenants, their
 *       memberships, authorizations; a user's profile); deleting deployments and process definitions;
 *       suspending process definitions and job definitions, changing their history time to live, job
 *       definitions' retries and priority; the telemetry configuration, starting the history cleanup,
 *       deleting task worker metrics; creating, changing and deleting filters (Tasklist's).</li>
 *   <li>{@code POST /deployment/{id}/redeploy} only as users who may not deploy: a designer's or
 *       administrator's would re-version Werkpad's models.</li>
 *   <li>Nobody sends {@code DELETE /user/{id}} or {@code PUT /user/{id}/profile} with their own id: Camunda
 *       grants every user ALL on their own user, so they would delete themselves.</li>
 *   <li>{@code POST /external-task/fetchAndLock} waits at most 500 ms ({@code asyncResponseTimeout}), not the
 *       half hour it may be given.</li>
 * </ul>
 * Afterwards the test undoes what the attack left: journeys, batches, standalone tasks, filters and
 * deployments made during the run, and (where an escalation succeeded) identities, memberships,
 * authorizations and suspensions.
 */
@ApplicationTest
class RestApiAttackTest {

  static final long DEFAULT_SEED = 20261204L;
  private static final Path OUTPUT = Path.of("target", "rest-api-attack");

  @Autowired ProcessEngine engine;
  @Autowired JourneyDriver driver;
  @Autowired JourneyRepository register;
  @Autowired JourneyRegisterRepair registerRepair;
  @LocalServerPort int port;

  private long seed;
  private int tries;
  private RestApiAttackClient client;
  private RestApiAttackGenerators generators;
  private LeakOracle leaks;
  private RestApiAttackReport report;
  private EscalationOracle escalation;

  @Test
  void noOperationOfTheRestApiAnswers5xxLeaksOrEscalatesForAnyUserOnAnyPath() {
    seed = Long.getLong("werkpad.attack.seed", DEFAULT_SEED);
    tries = Integer.getInteger("werkpad.attack.tries", 2);
    long started = System.nanoTime();
    RestApiSpec spec = RestApiSpec.load();
    String header = "RestApiAttackTest: seed " + seed + " (-Dwerkpad.attack.seed=" + seed + "), " + tries
        + " tries per operation, user and REST path, Camunda REST API " + spec.version() + ", "
        + spec.operations().size() + " operations";
    System.out.println(header);

    driver.deleteAll();
    RestApiAttackData data = new RestApiAttackData(engine, driver).create();
    List<User> users = RestApiAttackUsers.load(engine.getIdentityService());
    client = new RestApiAttackClient(port);
    generators = new RestApiAttackGenerators(data::refs);
    leaks = new LeakOracle(data.secrets());
    report = new RestApiAttackReport(users.stream().map(User::id).toList());
    escalation = new EscalationOracle(engine, register, data);
    System.out.printf("set-up: %d journeys, %d secret values, in %d s%n", data.journeys().size(), data.secrets().size(),
        (System.nanoTime() - started) / 1_000_000_000);

    List<Operation> operations = new ArrayList<>(spec.operations());
    // Reads first, deletes last: what a request removes is then missed by as few others as possible.
    operations.sort(Comparator.comparingInt(RestApiAttackTest::order));
    Set<String> batches = ids(engine.getManagementService().createBatchQuery().list().stream().map(Batch::getId));
    Set<String> tasks = ids(engine.getTaskService().createTaskQuery().list().stream().map(Task::getId));
    Set<String> filters = ids(engine.getFilterService().createFilterQuery().list().stream().map(Filter::getId));
    EscalationOracle.Snapshot before = escalation.snapshot();
    JqwikSession.start(String.valueOf(seed));
    try {
      escalation.watch();
      attack(operations, users.stream().filter(u -> !u.admin()).toList());
      escalation.compare(before, escalation.snapshot(), users).forEach(report::add);
      System.out.printf("non-administrators done after %d s%n", (System.nanoTime() - started) / 1_000_000_000);
      attack(operations, users.stream().filter(User::admin).toList());
    } finally {
      // Each step on its own: one that fails must not leave the others' leftovers to the next tests.
      cleanUp("JqwikSession.finish", JqwikSession::finish);
      cleanUp("restore identities, authorizations, models", () -> escalation.restore(before));
      cleanUp("delete new batches", () -> engine.getManagementService().createBatchQuery().list().stream()
          .filter(b -> !batches.contains(b.getId())).forEach(b -> engine.getManagementService().deleteBatch(b.getId(), true)));
      cleanUp("delete new standalone tasks", () -> engine.getTaskService().createTaskQuery().list().stream()
          .filter(t -> !tasks.contains(t.getId()) && t.getProcessInstanceId() == null)
          .forEach(t -> engine.getTaskService().deleteTask(t.getId(), true)));
      cleanUp("delete new filters", () -> engine.getFilterService().createFilterQuery().list().stream()
          .filter(f -> !filters.contains(f.getId())).forEach(f -> engine.getFilterService().deleteFilter(f.getId())));
      cleanUp("delete journeys and the probe deployment", data::remove);
    }
    // Every journey is gone now: one still active in Werkpad's register has drifted from the engine.
    JourneyRegisterRepair.Result drift = registerRepair.repair();
    if (drift.beeindigd() > 0) {
      report.add(new RestApiAttackFinding(Type.ESCALATION, "journey register", "-", "-", 0, drift.beeindigd()
          + " journeys stayed active in the register after their process instances were deleted",
          "ESCALATION the register drifted from the engine", "JourneyRegisterRepair.repair() after the run"));
    }

    String summary = header + String.format("; %d requests in %d s", report.requests(),
        (System.nanoTime() - started) / 1_000_000_000);
    System.out.println(report.table());
    System.out.println(summary);
    System.out.println(report.grouped());
    report.write(OUTPUT, summary);
    if (!report.findings().isEmpty()) {
      fail(summary + "\n" + report.summary() + "(by cause with examples: " + OUTPUT.resolve("findings-by-cause.txt")
          .toAbsolutePath() + "; every finding: " + OUTPUT.resolve("findings.txt").toAbsolutePath() + ")");
    }
  }

  private void attack(List<Operation> operations, List<User> users) {
    for (Operation operation : operations) {
      for (User user : users) {
        if (!RestApiAttackPolicy.attacks(operation, user)) {
          continue;
        }
        for (PathVariant variant : PathVariant.values()) {
          if (variant == PathVariant.WEBAPP && !(webappSample(operation) && client.webapp(user))) {
            continue;
          }
          int n = variant == PathVariant.WEBAPP ? 1 : tries;
          for (int attempt = 0; attempt < n; attempt++) {
            attack(operation, user, variant, attempt);
          }
        }
      }
    }
  }

  private void attack(Operation operation, User user, PathVariant variant, int attempt) {
    Random random = new Random(seed * 1_000_003L + (operation.name() + "|" + user.id() + "|" + variant + "|" + attempt).hashCode());
    AttackRequest request = RestApiAttackGenerators.draw(
        generators.requests(operation, user, ref -> RestApiAttackPolicy.allowed(operation, user, ref)), random);
    Answer answer = send(request, user, variant);
    Optional<Ref> foreign = request.foreign().stream().findFirst();
    if (foreign.isPresent() && !user.admin()) {
      String nonexistent = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
      Answer unknown = send(request.replacing(foreign.get().value(), nonexistent), user, variant);
      leaks.compare(request, foreign.get(), user, variant, answer, nonexistent, unknown).ifPresent(report::add);
    }
  }

  private Answer send(AttackRequest request, User user, PathVariant variant) {
    Answer answer = client.send(request, user, variant);
    report.count(request, user.id(), answer);
    if (!user.admin() && !request.operation().reads()) {
      escalation.afterRequest(user, RestApiAttackReport.describe(request, variant)).forEach(report::add);
    }
    ServerErrorOracle.check(request, user, variant, answer).ifPresent(report::add);
    leaks.reveals(request, user, variant, answer).ifPresent(report::add);
    return answer;
  }

  /** A step of the clean-up; when it fails, that is a finding (the next tests may meet what it left). */
  private void cleanUp(String step, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      report.add(new RestApiAttackFinding(Type.ESCALATION, "clean-up", "-", "-", 0, step + " failed: " + e,
          "ESCALATION the attack left something the clean-up cannot remove", step));
    }
  }

  /** The webapps' API is attacked with a sample: the GET and POST operations. */
  private static boolean webappSample(Operation operation) {
    return operation.method().equals("GET") || operation.method().equals("POST");
  }

  private static int order(Operation operation) {
    return switch (operation.method()) {
      case "GET", "OPTIONS", "HEAD" -> 0;
      case "POST" -> 1;
      case "PUT" -> 2;
      default -> 3;
    };
  }

  private static Set<String> ids(java.util.stream.Stream<String> ids) {
    return ids.collect(Collectors.toCollection(HashSet::new));
  }
}
