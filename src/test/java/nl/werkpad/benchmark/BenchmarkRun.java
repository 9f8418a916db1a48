package nl.werkpad.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.werkpad.WerkpadApplication;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.support.WebappSession;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark on one database, in a JVM of its own (Camunda registers its process engine JVM-wide):
 * {@code BenchmarkRun --db=h2|postgres --url=... --user=... --password=... --work=dir --out=figures.json}.
 * Starts the whole application with the job executor on, demo users and no demo journeys, measures, and
 * writes its figures as JSON to {@code --out} after every step, so a run that fails halfway still reports
 * what it measured. Prints progress, never a BSN.
 */
public final class BenchmarkRun {

  private static final String KLANTMANAGER = "km-gouda";
  private static final String MANAGER = "mgr-gouda";
  private static final String GOUDA = "0513";
  private static final String TEAM_FILTER = "Taken van mijn team";

  private final Settings settings;
  private final String db;
  private final Path out;
  private final Map<String, String> figures = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private final ObjectMapper json = new ObjectMapper();

  private ConfigurableApplicationContext app;
  private int port;
  private RuntimeService runtime;
  private TaskService tasks;
  private HistoryService history;
  private ManagementService management;
  private IdentityService identity;
  private DecisionService decisions;
  private Population population;
  private int nextPerson;
  private Thread analyzer;

  private BenchmarkRun(Settings settings, String db, Path out) {
    this.settings = settings;
    this.db = db;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    Settings settings = Settings.fromSystemProperties();
    BenchmarkRun run = new BenchmarkRun(settings, options.get("db"), Path.of(options.get("out")));
    int status = 0;
    try {
      run.start(options.get("url"), options.get("user"), options.getOrDefault("password", ""), Path.of(options.get("work")));
      run.measure();
    } catch (Throwable failure) {
      run.note("The run stopped early: " + failure.getClass().getSimpleName() + " (details in the application log)");
      run.log("FAILED: " + failure);
      failure.printStackTrace();
      status = 1;
    } finally {
      run.write();
      if (run.analyzer != null) {
        run.analyzer.interrupt();
      }
      if (run.app != null) {
        run.app.close();
      }
    }
    System.exit(status);
  }

  private void start(String url, String user, String password, Path work) throws IOException {
    long begin = System.nanoTime();
    population = Population.of(settings.persons());
    Path registry = work.resolve("personen.yml");
    population.writeRegistry(registry);
    log(population.size() + " fictitious persons written to the person registry file ("
        + population.inTestRange() + " with a BSN in the 999 range)");
    if (population.inTestRange() < population.size()) {
      note("The run needs " + population.size() + " distinct persons, more than the 999 range of test BSNs holds ("
          + population.inTestRange() + "); the rest have fictitious BSNs counted further down, in a generated file only.");
    }
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password,
        "--server.port=0",
        "--werkpad.demo.enabled=true",
        "--werkpad.demo.journeys=false",
        "--camunda.bpm.job-execution.enabled=true",
        "--werkpad.brp.embedded-resource=" + registry.toUri(),
        "--logging.file.name=" + Path.of(settings.output()).toAbsolutePath().resolve(db + "-application.log"),
        "--logging.threshold.console=OFF",
        "--spring.main.banner-mode=off"));
    if (!settings.overnameThreads().isBlank()) {
      args.add("--werkpad.overname.threads=" + settings.overnameThreads());
    }
    app = SpringApplication.run(WerkpadApplication.class, args.toArray(String[]::new));
    port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    runtime = app.getBean(RuntimeService.class);
    tasks = app.getBean(TaskService.class);
    history = app.getBean(HistoryService.class);
    management = app.getBean(ManagementService.class);
    identity = app.getBean(IdentityService.class);
    decisions = app.getBean(DecisionService.class);
    String threads = app.getEnvironment().getProperty("werkpad.overname.threads", "4 (default)");
    figures.put("take-over threads (werkpad.overname.threads)", threads);
    log("application started in " + seconds(begin) + " s on port " + port);
    analyzeWithoutAutovacuum();
  }

  /**
   * A PostgreSQL server without autovacuum never updates the planner's statistics, and Camunda's queries
   * then scan whole tables as they grow: figures of a misconfigured server, not of Werkpad. So on such a
   * server the run analyzes the database every 15 seconds, as autovacuum would after so many changes,
   * and says so.
   */
  private void analyzeWithoutAutovacuum() {
    JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
    if (!"postgres".equals(db) || !"off".equals(jdbc.queryForObject("show autovacuum", String.class))) {
      return;
    }
    note("This PostgreSQL server runs without autovacuum; the run analyzed the database every 15 s instead, as "
        + "autovacuum would (without it, the planner's statistics stay those of an empty database).");
    analyzer = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          jdbc.execute("analyze");
          Thread.sleep(15_000);
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException e) {
          log("analyze failed: " + e.getMessage());
        }
      }
    }, "benchmark-analyze");
    analyzer.setDaemon(true);
    analyzer.start();
  }

  private void measure() throws Exception {
    journeys();
    decisions();
    caseloads();
  }

  // --- Figures 1 and 2: journeys until the klantmanager's first task, and the bare reference ----------

  private void journeys() throws Exception {
    List<String> steps = AsyncSteps.beforeFirstTask();
    figures.put("async steps before the first user task (" + AsyncSteps.FIRST_TASK + ")",
        steps.size() + ": " + String.join(", ", steps));
    app.getBean(RepositoryService.class).createDeployment().name("benchmark-referentie")
        .addModelInstance(AsyncSteps.REFERENCE_PROCESS + ".bpmn", AsyncSteps.referenceProcess(steps.size())).deploy();
    Map<String, Authentication> klantmanagers = new HashMap<>();
    for (Population.Municipality m : population.municipalities()) {
      klantmanagers.put(m.code(), authentication("km-" + m.account()));
    }

    log("warm-up: " + settings.warmupJourneys() + " journeys and as many reference instances");
    runJourneys(population.slice(nextPerson, nextPerson += settings.warmupJourneys()), 4, klantmanagers);
    runReference(settings.warmupJourneys(), 4);
    write();

    for (int clients : new int[] {1, 8}) {
      String c = clients + (clients == 1 ? " client" : " clients");
      Phase werkpad = runJourneys(population.slice(nextPerson, nextPerson += settings.journeys()), clients, klantmanagers);
      Phase bare = runReference(settings.journeys(), clients);
      figures.put("journeys/s, " + c + ": Werkpad", rate(werkpad.perSecond()));
      figures.put("journeys/s, " + c + ": bare reference", rate(bare.perSecond()));
      figures.put("journeys/s, " + c + ": ratio Werkpad / bare", ratio(werkpad.perSecond(), bare.perSecond()));
      figures.put("JVM CPU ms per journey, " + c + ": Werkpad / bare reference",
          Timings.ms(werkpad.cpuMillisEach()) + " / " + Timings.ms(bare.cpuMillisEach()));
      figures.put("time to first task, " + c + ", ms median / p95: Werkpad", werkpad.toFirstTask().medianAndP95());
      figures.put("time to first task, " + c + ", ms median / p95: bare reference", bare.toFirstTask().medianAndP95());
      figures.put("time to first task, " + c + ": ratio Werkpad / bare (median / p95)",
          ratio(werkpad.toFirstTask().median(), bare.toFirstTask().median()) + " / "
              + ratio(werkpad.toFirstTask().p95(), bare.toFirstTask().p95()));
      write();
    }
  }

  /** What one batch of starts measured. */
  private record Phase(int count, double perSecond, Timings toFirstTask, double cpuMillisEach) {}

  private Phase runJourneys(List<Population.Person> persons, int clients, Map<String, Authentication> klantmanagers)
      throws Exception {
    return run("Werkpad journeys", persons.size(), clients, AsyncSteps.FIRST_TASK, true, i -> {
      Population.Person person = persons.get(i);
      identity.setAuthentication(klantmanagers.get(person.municipality().code()));
      try {
        return runtime.startProcessInstanceByKey(JourneyVariables.CLIENT_JOURNEY, Variables
            .putValue(JourneyVariables.BSN, person.bsn()).putValue(JourneyVariables.WOONGEMEENTE, person.municipality().code()));
      } finally {
        identity.clearAuthentication();
      }
    });
  }

  private Phase runReference(int count, int clients) throws Exception {
    return run("reference instances", count, clients, AsyncSteps.REFERENCE_TASK, false,
        i -> runtime.startProcessInstanceByKey(AsyncSteps.REFERENCE_PROCESS));
  }

  private interface Starter {
    ProcessInstance start(int index);
  }

  /**
   * Starts {@code count} instances from {@code clients} threads as fast as they go, waits until every one
   * has its first task, and reads from history how long each took: the task's start time minus the
   * instance's. Journeys per second: instances over the time from the first start until the last first task.
   */
  private Phase run(String what, int count, int clients, String taskKey, boolean root, Starter starter) throws Exception {
    long tasksBefore = tasks.createTaskQuery().taskDefinitionKey(taskKey).count();
    double cpuBefore = cpuMillis();
    Set<String> ids = ConcurrentHashMap.newKeySet();
    AtomicInteger next = new AtomicInteger();
    long begin = System.currentTimeMillis();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          ids.add(starter.start(i).getId());
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    long started = System.currentTimeMillis();
    waitUntil(what + " (" + clients + " clients)", () -> tasks.createTaskQuery().taskDefinitionKey(taskKey).count() - tasksBefore,
        count, 20);
    double cpuEach = (cpuMillis() - cpuBefore) / count;

    Map<String, Date> startTimes = new HashMap<>();
    List<String> idList = new ArrayList<>(ids);
    for (int from = 0; from < idList.size(); from += 500) {
      for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
          .processInstanceIds(new HashSet<>(idList.subList(from, Math.min(idList.size(), from + 500)))).list()) {
        startTimes.put(pi.getId(), pi.getStartTime());
      }
    }
    double[] toTask = new double[count];
    int n = 0;
    long lastTask = 0;
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().taskDefinitionKey(taskKey).list()) {
      String instance = root ? task.getRootProcessInstanceId() : task.getProcessInstanceId();
      Date start = startTimes.get(instance);
      if (start != null && n < count) {
        toTask[n++] = task.getStartTime().getTime() - start.getTime();
        lastTask = Math.max(lastTask, task.getStartTime().getTime());
      }
    }
    Timings timings = Timings.of(java.util.Arrays.copyOf(toTask, n));
    double perSecond = count * 1000.0 / Math.max(1, lastTask - begin);
    log(String.format(Locale.ROOT, "%d %s with %d client(s): started in %.1f s, %.1f/s until the last first task;"
        + " time to first task median %s ms, p95 %s ms", count, what, clients, (started - begin) / 1000.0, perSecond,
        Timings.ms(timings.median()), Timings.ms(timings.p95())));
    return new Phase(count, perSecond, timings, cpuEach);
  }

  private Authentication authentication(String userId) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    return new Authentication(userId, groups, tenants);
  }

  // --- Figure 3: decision evaluations per second --------------------------------------------------------

  private void decisions() {
    int seconds = settings.decisionSeconds();
    List<ClientRouteInJava.Input> routeInputs = ClientRouteInJava.inputs(false);
    List<VariableMap> clientRoute = routeInputs.stream().map(BenchmarkRun::clientRouteVariables).toList();
    double dmn = evaluationsPerSecond(clientRoute.size(), seconds, 1,
        i -> decisions.evaluateDecisionTableByKey("ClientRoute").variables(clientRoute.get(i)).evaluate().getSingleResult());
    double java = evaluationsPerSecond(routeInputs.size(), seconds, 1000, i -> ClientRouteInJava.evaluate(routeInputs.get(i)));
    figures.put("ClientRoute: DMN evaluations/s (DecisionService, " + clientRoute.size() + " inputs)", rate(dmn));
    figures.put("ClientRoute: hand-written Java evaluations/s", rate(java));
    figures.put("ClientRoute: ratio Java / DMN", ratio(java, dmn));
    write();

    List<VariableMap> serviceProvider = new ArrayList<>();
    for (Population.Municipality m : population.municipalities()) {
      for (String dienst : List.of("REGULIER_WERK", "DETACHERING", "LEERWERKTRAJECT", "BESCHUT_WERK", "DAGBESTEDING",
          "MAATSCHAPPELIJKE_PARTICIPATIE", "WSW")) {
        serviceProvider.add(Variables.putValue("woongemeente", m.code()).putValue("dienst", dienst));
      }
    }
    decision("ServiceProvider", serviceProvider, seconds);

    List<VariableMap> beschutWerk = new ArrayList<>();
    for (boolean aow : new boolean[] {false, true}) {
      for (boolean wsw : new boolean[] {false, true}) {
        for (String advies : new String[] {null, "GEEN", "POSITIEF", "NEGATIEF"}) {
          for (boolean taakstelling : new boolean[] {false, true}) {
            for (boolean arbeidsvermogen : new boolean[] {false, true}) {
              for (boolean aanpassingen : new boolean[] {false, true}) {
                for (boolean begeleiding : new boolean[] {false, true}) {
                  beschutWerk.add(Variables.putValue("aowLeeftijdBereikt", aow).putValue("wswIndicatie", wsw)
                      .putValue("uwvAdvies", advies).putValue("taakstellingBereikt", taakstelling)
                      .putValue("arbeidsvermogen", arbeidsvermogen).putValue("aanpassingenNodig", aanpassingen)
                      .putValue("begeleidingNodig", begeleiding));
                }
              }
            }
          }
        }
      }
    }
    decision("BeschutWerkIndication", beschutWerk, seconds);

    List<VariableMap> evaluation = new ArrayList<>();
    for (String instrument : new String[] {"PARTICIPATIEPLAATS", "WERKERVARINGSPLAATS", "LEERWERKTRAJECT"}) {
      for (boolean werk : new boolean[] {false, true}) {
        for (int ladder = 1; ladder <= 6; ladder++) {
          for (Integer vorige : new Integer[] {null, 1, 3, 6}) {
            for (String doelen : new String[] {"JA", "DEELS", "NEE"}) {
              for (int maanden : new int[] {0, 11, 12, 24}) {
                evaluation.add(Variables.putValue("instrument", instrument).putValue("werkGevonden", werk)
                    .putValue("participatieladder", ladder).putValue("ladderVorige", vorige)
                    .putValue("doelenBehaald", doelen).putValue("maandenZonderVoortgang", maanden));
              }
            }
          }
        }
      }
    }
    decision("EvaluationOutcome", evaluation, seconds);
  }

  private void decision(String key, List<VariableMap> inputs, int seconds) {
    double perSecond = evaluationsPerSecond(inputs.size(), seconds, 1,
        i -> decisions.evaluateDecisionTableByKey(key).variables(inputs.get(i)).evaluate().getResultList());
    figures.put(key + ": DMN evaluations/s (DecisionService, " + inputs.size() + " inputs)", rate(perSecond));
    write();
  }

  private interface Evaluation {
    Object evaluate(int index);
  }

  /** Evaluates the inputs in turn: half of {@code seconds} to warm up, then {@code seconds} counted. */
  private double evaluationsPerSecond(int inputs, int seconds, int batch, Evaluation evaluation) {
    long sink = 0;
    int i = 0;
    long warmUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(seconds * 500L);
    while (System.nanoTime() < warmUntil) {
      for (int b = 0; b < batch; b++, i = (i + 1) % inputs) {
        sink += System.identityHashCode(evaluation.evaluate(i));
      }
    }
    long count = 0;
    long begin = System.nanoTime();
    long until = begin + TimeUnit.SECONDS.toNanos(seconds);
    long now;
    do {
      for (int b = 0; b < batch; b++, i = (i + 1) % inputs) {
        sink += System.identityHashCode(evaluation.evaluate(i));
      }
      count += batch;
      now = System.nanoTime();
    } while (now < until);
    if (sink == 42) {
      log("");
    }
    return count * 1e9 / (now - begin);
  }

  private static VariableMap clientRouteVariables(ClientRouteInJava.Input in) {
    return Variables.putValue("wswIndicatie", in.wswIndicatie()).putValue("arbeidsvermogen", in.arbeidsvermogen())
        .putValue("aanpassingenNodig", in.aanpassingenNodig()).putValue("begeleidingNodig", in.begeleidingNodig())
        .putValue("leeftijd", in.leeftijd()).putValue("startkwalificatie", in.startkwalificatie())
        .putValue("loonwaarde", in.loonwaarde()).putValue("participatieladder", in.participatieladder());
  }

  // --- Figures 4, 5 and 6: the caseload take-over, then Tasklist and the managers' figures at each size ---

  private void caseloads() throws Exception {
    int removed = removeRunningInstances();
    log("removed the " + removed + " journeys and reference instances of the first figures, so the take-over fills the sizes");
    waitForJobs("removal");
    int filled = 0;
    LocalDate today = LocalDate.now();
    boolean first = true;
    for (int size : settings.sizes()) {
      List<Population.Person> persons = population.slice(nextPerson + filled, nextPerson + size);
      byte[] file = Population.caseload(persons, today);
      String rows = persons.size() + " rows";
      String label = first ? "take-over of the first " + rows : "take-over of the next " + rows + " (to " + size + ")";
      TakeOver takeOver = takeOver(file, label);
      figures.put(label + ": time (s)", String.format(Locale.ROOT, "%.1f", takeOver.seconds()));
      figures.put(label + ": rows/s", rate(takeOver.total() / takeOver.seconds()));
      figures.put(label + ": created / skipped / errors",
          takeOver.created() + " / " + takeOver.skipped() + " / " + takeOver.errors());
      figures.put(label + ": until its async jobs are done (s)", String.format(Locale.ROOT, "%.1f", takeOver.jobsSeconds()));
      figures.put(label + ": JVM CPU ms per row, with its jobs", Timings.ms(takeOver.cpuMillisPerRow()));
      if (takeOver.created() != persons.size()) {
        note("WARNING: the " + label + " created " + takeOver.created() + " journeys, not " + persons.size()
            + takeOver.firstErrors());
      }
      write();
      if (first) {
        TakeOver again = takeOver(file, "the same file again");
        figures.put("the same file again: created (must be 0)", String.valueOf(again.created()));
        figures.put("the same file again: time (s)", String.format(Locale.ROOT, "%.1f", again.seconds()));
        if (again.created() != 0) {
          note("WARNING: sending the same caseload file again created " + again.created() + " journeys; it must create none.");
        }
        write();
        first = false;
      }
      filled = size;
      queriesAt(size);
    }
  }

  private int removeRunningInstances() {
    List<String> ids = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream()
        .map(ProcessInstance::getId).toList();
    for (int from = 0; from < ids.size(); from += 200) {
      runtime.deleteProcessInstances(ids.subList(from, Math.min(ids.size(), from + 200)), "benchmark", false, true);
    }
    return ids.size();
  }

  private record TakeOver(int total, int created, int skipped, int errors, double seconds, double jobsSeconds,
      String firstErrors, double cpuMillisPerRow) {}

  private TakeOver takeOver(byte[] file, String what) throws Exception {
    WebappSession admin = WebappSession.basic(port);
    double cpuBefore = cpuMillis();
    long begin = System.nanoTime();
    HttpResponse<String> accepted = admin.postBasic("/werkpad/api/overnames", "admin", "text/csv", file);
    if (accepted.statusCode() != 202) {
      throw new IllegalStateException("Take-over refused: HTTP " + accepted.statusCode() + " " + accepted.body());
    }
    String id = json.readTree(accepted.body()).get("id").asText();
    JsonNode status;
    long lastLog = System.nanoTime();
    while (true) {
      Thread.sleep(200);
      status = json.readTree(admin.getBasic("/werkpad/api/overnames/" + id, "admin").body());
      if (!status.get("bezig").asBoolean()) {
        break;
      }
      if (System.nanoTime() - lastLog > TimeUnit.SECONDS.toNanos(30)) {
        log(what + ": " + status.get("verwerkt").asInt() + "/" + status.get("totaal").asInt() + " rows after "
            + seconds(begin) + " s");
        lastLog = System.nanoTime();
      }
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    waitForJobs(what);
    double jobsSeconds = (System.nanoTime() - begin) / 1e9;
    double cpuPerRow = (cpuMillis() - cpuBefore) / Math.max(1, status.get("totaal").asInt());
    StringBuilder firstErrors = new StringBuilder();
    JsonNode errors = status.get("fouten");
    for (int e = 0; e < Math.min(3, errors.size()); e++) {
      firstErrors.append(e == 0 ? "; first errors: " : "; ").append("regel ").append(errors.get(e).get("regel").asInt())
          .append(": ").append(errors.get(e).get("reden").asText());
    }
    TakeOver result = new TakeOver(status.get("totaal").asInt(), status.get("aangemaakt").asInt(),
        status.get("overgeslagen").asInt(), errors.size(), seconds, jobsSeconds, firstErrors.toString(), cpuPerRow);
    log(String.format(Locale.ROOT, "%s: %d rows in %.1f s (%.1f rows/s), %d created, %d skipped, %d errors%s;"
        + " jobs done after %.1f s; JVM CPU %.1f ms a row", what, result.total(), seconds, result.total() / seconds, result.created(),
        result.skipped(), result.errors(), result.firstErrors(), jobsSeconds, cpuPerRow));
    return result;
  }

  private void queriesAt(int size) throws Exception {
    long open = runtime.createProcessInstanceQuery().rootProcessInstances().count();
    figures.put("at " + size + ": open journeys", String.valueOf(open));
    if (open != size) {
      note("WARNING: at size " + size + " there are " + open + " open journeys.");
    }
    String filterId = app.getBean(FilterService.class).createFilterQuery().filterName(TEAM_FILTER).singleResult().getId();
    WebappSession klantmanager = WebappSession.login(port, KLANTMANAGER, "tasklist");
    int calls = settings.calls();
    double[] millis = new double[calls];
    long visible = -1;
    for (int i = -Math.max(10, calls / 10); i < calls; i++) {
      long begin = System.nanoTime();
      HttpResponse<String> page = klantmanager.listFilter(filterId);
      double took = (System.nanoTime() - begin) / 1e6;
      if (page.statusCode() != 200) {
        throw new IllegalStateException("Tasklist's list call: HTTP " + page.statusCode() + " " + page.body());
      }
      if (i >= 0) {
        millis[i] = took;
      } else {
        visible = json.readTree(page.body()).path("count").asLong(-1);
      }
    }
    Timings tasklist = Timings.of(millis);
    figures.put("at " + size + ": Tasklist '" + TEAM_FILTER + "' as " + KLANTMANAGER + " (" + visible + " tasks), ms median / p95",
        tasklist.medianAndP95());
    log("at " + size + ": Tasklist as " + KLANTMANAGER + " sees " + visible + " tasks; median " + Timings.ms(tasklist.median())
        + " ms, p95 " + Timings.ms(tasklist.p95()) + " ms");
    write();

    WebappSession manager = WebappSession.login(port, MANAGER, "cockpit");
    double[] cijfers = new double[calls];
    for (int i = -Math.max(5, calls / 20); i < calls; i++) {
      long begin = System.nanoTime();
      HttpResponse<String> page = manager.cijfers("gemeente=" + GOUDA);
      double took = (System.nanoTime() - begin) / 1e6;
      if (page.statusCode() != 200) {
        throw new IllegalStateException("Managers' figures: HTTP " + page.statusCode() + " " + page.body());
      }
      if (i >= 0) {
        cijfers[i] = took;
      }
    }
    Timings figuresTimings = Timings.of(cijfers);
    figures.put("at " + size + ": managers' figures (cijfers) as " + MANAGER + ", ms median / p95", figuresTimings.medianAndP95());
    log("at " + size + ": managers' figures as " + MANAGER + ": median " + Timings.ms(figuresTimings.median()) + " ms, p95 "
        + Timings.ms(figuresTimings.p95()) + " ms");
    write();
  }

  // --- Waiting, formatting, output ----------------------------------------------------------------------

  private interface Count {
    long now();
  }

  /**
   * Waits until the count reaches the target, asking every {@code pollMillis}; gives up when it has not
   * moved for five minutes. Each count is a query of its own: asked too often, it slows what it waits for.
   */
  private void waitUntil(String what, Count count, long target, long pollMillis) throws InterruptedException {
    long last = -1;
    long lastMove = System.nanoTime();
    while (true) {
      long now = count.now();
      if (now >= target) {
        return;
      }
      if (now != last) {
        last = now;
        lastMove = System.nanoTime();
      } else if (System.nanoTime() - lastMove > TimeUnit.MINUTES.toNanos(5)) {
        long failed = management.createJobQuery().withException().count();
        throw new IllegalStateException(what + ": stuck at " + now + " of " + target + " (" + failed + " failed jobs)");
      }
      Thread.sleep(pollMillis);
    }
  }

  /** Waits until the job executor has no due job left. */
  private void waitForJobs(String what) throws InterruptedException {
    long target = 0;
    // Counting the due jobs reads the job table: every 20 ms it took a tenth of the database's time.
    waitUntil("jobs after " + what, () -> -management.createJobQuery().executable().count(), target, 250);
    long failed = management.createJobQuery().withException().count();
    if (failed > 0) {
      note("WARNING: after " + what + ", " + failed + " jobs have failed (see the application log)");
    }
  }

  /** CPU time this JVM has used so far, all threads, in milliseconds. */
  private static double cpuMillis() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
  }

  private static String rate(double perSecond) {
    return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond) : String.format(Locale.ROOT, "%.1f", perSecond);
  }

  private static String ratio(double a, double b) {
    if (b == 0 || Double.isNaN(a) || Double.isNaN(b)) {
      return "-";
    }
    double ratio = a / b;
    return ratio >= 100 ? String.format(Locale.ROOT, "%,.0f", ratio) : String.format(Locale.ROOT, "%.2f", ratio);
  }

  private static String seconds(long beginNanos) {
    return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - beginNanos) / 1e9);
  }

  private void note(String note) {
    notes.add(note);
    log(note);
  }

  private void log(String line) {
    System.out.println("[" + db + "] " + line);
    System.out.flush();
  }

  private synchronized void write() {
    try {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("figures", figures);
      result.put("notes", notes);
      Files.writeString(out, json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write " + out, e);
    }
  }
}
