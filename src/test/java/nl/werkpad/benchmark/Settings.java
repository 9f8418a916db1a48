package nl.werkpad.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's settings, from system properties; a property left empty (as the Maven profile passes an
 * unset one) takes the default, which is the full benchmark of the README.
 */
record Settings(List<Integer> sizes, int journeys, int warmupJourneys, int calls, int decisionSeconds,
    String overnameThreads, List<String> databases, String postgresUrl, String postgresUser, String postgresPassword,
    String childJvmArgs, String output) {

  static Settings fromSystemProperties() {
    return new Settings(
        Arrays.stream(setting("benchmark.sizes", "10000,100000").split(",")).map(String::trim).map(Integer::parseInt)
            .sorted().toList(),
        Integer.parseInt(setting("benchmark.journeys", "1000")),
        Integer.parseInt(setting("benchmark.warmup-journeys", "100")),
        Integer.parseInt(setting("benchmark.calls", "200")),
        Integer.parseInt(setting("benchmark.decision-seconds", "10")),
        setting("benchmark.overname-threads", ""),
        Arrays.stream(setting("benchmark.databases", "h2,postgres").split(",")).map(String::trim).toList(),
        setting("benchmark.postgres.url", setting("werkpad.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres")),
        setting("benchmark.postgres.user", setting("werkpad.test.postgres.user", "postgres")),
        setting("benchmark.postgres.password", setting("werkpad.test.postgres.password", "")),
        setting("benchmark.child-jvm-args", "-Xmx4g"),
        setting("benchmark.output", "target/benchmark"));
  }

  /** Persons the run needs: warm-up and measured journeys (1 and 8 clients), and the largest caseload. */
  int persons() {
    return warmupJourneys + 2 * journeys + sizes.get(sizes.size() - 1);
  }

  /** The settings as -D options for the benchmark's JVM of one database. */
  List<String> asSystemProperties() {
    return List.of(
        "-Dbenchmark.sizes=" + String.join(",", sizes.stream().map(String::valueOf).toList()),
        "-Dbenchmark.journeys=" + journeys,
        "-Dbenchmark.warmup-journeys=" + warmupJourneys,
        "-Dbenchmark.calls=" + calls,
        "-Dbenchmark.decision-seconds=" + decisionSeconds,
        "-Dbenchmark.overname-threads=" + overnameThreads,
        "-Dbenchmark.output=" + output);
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
