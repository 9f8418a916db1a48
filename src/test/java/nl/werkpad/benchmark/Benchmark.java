package nl.werkpad.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The benchmark (README, "Benchmark"; run it with {@code ./mvnw -Pbenchmark verify}). For each database
 * (H2 as the embedded default has it, in a file under a temporary directory; PostgreSQL in a fresh
 * database created for the run and dropped afterwards) it forks a JVM with {@link BenchmarkRun}, which
 * starts the whole application; then it prints the figures of both side by side and writes them, with
 * the machine they were measured on, to {@code target/benchmark/figures.md}. It is no test: nothing here
 * passes or fails a build.
 */
public final class Benchmark {

  private static final Map<String, String> NAMES = Map.of("h2", "H2", "postgres", "PostgreSQL");

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    Path output = Path.of(settings.output()).toAbsolutePath();
    Files.createDirectories(output);
    long begin = System.nanoTime();
    String loadBefore = load();
    System.out.println("Werkpad benchmark: sizes " + settings.sizes() + ", " + settings.journeys() + " journeys per"
        + " concurrency, " + settings.calls() + " calls per query, databases " + settings.databases()
        + ". Application logs: " + output);

    Map<String, Map<String, String>> columns = new LinkedHashMap<>();
    Map<String, List<String>> notes = new LinkedHashMap<>();
    String postgresVersion = "-";
    for (String db : settings.databases()) {
      List<String> dbNotes = new ArrayList<>();
      notes.put(db, dbNotes);
      Path work = Files.createTempDirectory("werkpad-benchmark-" + db);
      Path figures = output.resolve(db + "-figures.json");
      Files.deleteIfExists(figures);
      String database = null;
      try {
        String url;
        String user;
        String password;
        if (db.equals("h2")) {
          url = "jdbc:h2:file:" + work.resolve("werkpad") + ";DB_CLOSE_ON_EXIT=FALSE";
          user = "sa";
          password = "";
        } else if (db.equals("postgres")) {
          user = settings.postgresUser();
          password = settings.postgresPassword();
          try {
            postgresVersion = version(settings);
          } catch (SQLException unreachable) {
            String reason = "not reachable at " + settings.postgresUrl() + " (" + unreachable.getMessage() + ")";
            System.out.println("[postgres] " + reason + ": skipping PostgreSQL");
            columns.put(db, Map.of());
            dbNotes.add("PostgreSQL was " + reason + "; set -Dbenchmark.postgres.url=jdbc:postgresql://host:port/db"
                + " (and .user, .password) to measure it.");
            continue;
          }
          database = "werkpad_benchmark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
          execute(settings, "create database " + database);
          url = settings.postgresUrl().replaceFirst("/[^/?]*(\\?.*)?$", "/" + database + "$1");
        } else {
          throw new IllegalArgumentException("Unknown database '" + db + "' in benchmark.databases (h2, postgres)");
        }
        int exit = fork(settings, db, url, user, password, work, figures);
        if (exit != 0) {
          dbNotes.add("The " + NAMES.get(db) + " run ended with exit code " + exit + "; see " + output.resolve(db + "-application.log"));
        }
      } finally {
        if (database != null) {
          execute(settings, "drop database if exists " + database + " with (force)");
        }
        deleteRecursively(work);
      }
      Map<String, String> column = new LinkedHashMap<>();
      if (Files.exists(figures)) {
        JsonNode result = new ObjectMapper().readTree(figures.toFile());
        result.get("figures").fields().forEachRemaining(e -> column.put(e.getKey(), e.getValue().asText()));
        result.get("notes").forEach(n -> dbNotes.add(n.asText()));
      } else {
        dbNotes.add("The " + NAMES.get(db) + " run reported no figures.");
      }
      columns.put(db, column);
    }

    double minutes = (System.nanoTime() - begin) / 60e9;
    String table = table(settings, columns, notes, postgresVersion, minutes, loadBefore + " at the start, " + load() + " at the end");
    Path file = output.resolve("figures.md");
    Files.writeString(file, table);
    System.out.println();
    System.out.println(table);
    System.out.println("Written to " + file);
  }

  private static int fork(Settings settings, String db, String url, String user, String password, Path work, Path figures)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String option : settings.childJvmArgs().split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.addAll(settings.asSystemProperties());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BenchmarkRun.class.getName());
    command.addAll(List.of("--db=" + db, "--url=" + url, "--user=" + user, "--password=" + password,
        "--work=" + work, "--out=" + figures));
    System.out.println("[" + db + "] starting the application on " + NAMES.get(db));
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }

  /** The table of both databases side by side, with the machine and the settings. */
  private static String table(Settings settings, Map<String, Map<String, String>> columns, Map<String, List<String>> notes,
      String postgresVersion, double minutes, String load) throws IOException {
    List<String> labels = new ArrayList<>();
    columns.values().forEach(c -> c.keySet().stream().filter(k -> !labels.contains(k)).forEach(labels::add));
    StringBuilder md = new StringBuilder("# Werkpad benchmark\n\n");
    md.append("| figure |");
    columns.forEach((db, column) -> md.append(' ').append(NAMES.get(db)).append(column.isEmpty() ? " (not measured)" : "")
        .append(" |"));
    md.append("\n|---|");
    columns.keySet().forEach(db -> md.append("---|"));
    md.append('\n');
    for (String label : labels) {
      md.append("| ").append(label).append(" |");
      for (Map.Entry<String, Map<String, String>> column : columns.entrySet()) {
        String value = column.getValue().get(label);
        md.append(' ').append(value != null ? value : column.getValue().isEmpty() ? "not measured, see the notes" : "-").append(" |");
      }
      md.append('\n');
    }
    List<String> allNotes = new ArrayList<>();
    notes.forEach((db, list) -> list.forEach(n -> allNotes.add(NAMES.get(db) + ": " + n)));
    if (!allNotes.isEmpty()) {
      md.append("\nNotes:\n\n");
      allNotes.forEach(n -> md.append("- ").append(n).append('\n'));
    }
    md.append("\nSettings: sizes ").append(settings.sizes()).append(", ").append(settings.journeys())
        .append(" journeys per concurrency after ").append(settings.warmupJourneys()).append(" warm-up journeys, ")
        .append(settings.calls()).append(" calls per query after warm-up, ").append(settings.decisionSeconds())
        .append(" s per decision after warm-up; child JVM ").append(settings.childJvmArgs()).append(".\n");
    md.append(String.format(Locale.ROOT, "The whole run took %.1f minutes.%n%n", minutes));
    md.append("Machine:\n\n");
    md.append("- CPU: ").append(cpu()).append('\n');
    md.append("- load average (1, 5, 15 min): ").append(load)
        .append(" (other work on the machine makes every figure slower: compare runs on a quiet machine only)\n");
    md.append("- memory: ").append(memory()).append('\n');
    md.append("- OS: ").append(os()).append('\n');
    md.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
        .append('\n');
    md.append("- PostgreSQL: ").append(postgresVersion).append('\n');
    md.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)).append('\n');
    return md.toString();
  }

  private static String cpu() throws IOException {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    String model = "unknown";
    if (Files.isReadable(cpuinfo)) {
      model = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(model);
    }
    return model + ", " + Runtime.getRuntime().availableProcessors() + " cores available";
  }

  private static String load() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    if (!Files.isReadable(loadavg)) {
      return "unknown";
    }
    String[] parts = Files.readString(loadavg).trim().split("\\s+");
    return parts[0] + " " + parts[1] + " " + parts[2];
  }

  private static String memory() throws IOException {
    Path meminfo = Path.of("/proc/meminfo");
    if (!Files.isReadable(meminfo)) {
      return "unknown";
    }
    return Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
        .map(l -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
        .orElse("unknown");
  }

  private static String os() throws IOException {
    Path release = Path.of("/etc/os-release");
    String name = System.getProperty("os.name");
    if (Files.isReadable(release)) {
      name = Files.readAllLines(release).stream().filter(l -> l.startsWith("PRETTY_NAME=")).findFirst()
          .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", "")).orElse(name);
    }
    return name + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
        + System.getProperty("os.arch") + ")";
  }

  private static String version(Settings settings) throws SQLException {
    try (Connection c = DriverManager.getConnection(settings.postgresUrl(), settings.postgresUser(), settings.postgresPassword());
        Statement s = c.createStatement(); ResultSet r = s.executeQuery("show server_version")) {
      r.next();
      return r.getString(1);
    }
  }

  private static void execute(Settings settings, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(settings.postgresUrl(), settings.postgresUser(), settings.postgresPassword());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
