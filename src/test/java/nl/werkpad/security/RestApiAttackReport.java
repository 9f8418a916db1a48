package nl.werkpad.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.werkpad.security.RestApiAttackClient.Answer;
import nl.werkpad.security.RestApiAttackGenerators.AttackRequest;
import nl.werkpad.security.RestApiAttackUsers.PathVariant;

/**
 * The attack's account: per operation and user the requests sent and their answers by status class,
 * and the findings, each one and grouped by cause. Written to {@code target/rest-api-attack/}.
 */
final class RestApiAttackReport {

  private static final String[] CLASSES = {"2xx", "3xx", "4xx", "5xx", "err"};

  /** Operation, then user: counts per status class. */
  private final Map<String, Map<String, int[]>> counts = new TreeMap<>();
  private final List<RestApiAttackFinding> findings = new ArrayList<>();
  /** Per operation: answers where Camunda would have answered 5xx and Werkpad answered 4xx. */
  private final Map<String, Integer> mapped = new TreeMap<>();
  private final List<String> users;

  RestApiAttackReport(List<String> users) {
    this.users = users;
  }

  void count(AttackRequest request, String user, Answer answer) {
    int[] row = counts.computeIfAbsent(request.operation().name(), k -> new LinkedHashMap<>())
        .computeIfAbsent(user, k -> new int[CLASSES.length]);
    row[List.of(CLASSES).indexOf(answer.statusClass())]++;
    if (answer.mappedFromServerError()) {
      mapped.merge(request.operation().name(), 1, Integer::sum);
    }
  }

  void add(RestApiAttackFinding finding) {
    findings.add(finding);
  }

  List<RestApiAttackFinding> findings() {
    return findings;
  }

  int requests() {
    return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(RestApiAttackReport::sum).sum();
  }

  /** How a finding shows its request: method, door, path with query, and the start of the body. */
  static String describe(AttackRequest request, PathVariant variant) {
    String target = request.target();
    target = target.length() <= 300 ? target : target.substring(0, 300) + "...(" + target.length() + " chars)";
    return request.operation().method() + " " + variant.prefix + target + " [" + request.flavor() + "]"
        + (request.body() == null ? "" : " " + request.contentType() + " " + request.bodyPreview(300));
  }

  /** The table: one line per operation, a cell per user ("sent: 2xx/3xx/4xx/5xx/err"), then the totals. */
  String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-72s", "operation"));
    users.forEach(u -> out.append(String.format(" | %-22s", u + " n:2/3/4/5/err")));
    out.append('\n');
    int[] total = new int[CLASSES.length];
    Map<String, int[]> perUser = new LinkedHashMap<>();
    counts.forEach((operation, row) -> {
      out.append(String.format("%-72s", operation));
      for (String user : users) {
        int[] c = row.get(user);
        out.append(String.format(" | %-22s", c == null ? "-" : sum(c) + ": " + c[0] + "/" + c[1] + "/" + c[2] + "/" + c[3] + "/" + c[4]));
        if (c != null) {
          int[] u = perUser.computeIfAbsent(user, k -> new int[CLASSES.length]);
          for (int i = 0; i < c.length; i++) {
            u[i] += c[i];
            total[i] += c[i];
          }
        }
      }
      out.append('\n');
    });
    out.append(String.format("%-72s", "total per user"));
    for (String user : users) {
      int[] c = perUser.getOrDefault(user, new int[CLASSES.length]);
      out.append(String.format(" | %-22s", sum(c) + ": " + c[0] + "/" + c[1] + "/" + c[2] + "/" + c[3] + "/" + c[4]));
    }
    out.append('\n').append(String.format("total: %d requests to %d operations: 2xx %d, 3xx %d, 4xx %d, 5xx %d, no answer %d%n",
        sum(total), counts.size(), total[0], total[1], total[2], total[3], total[4]));
    out.append(String.format("of the 4xx, %d answered where Camunda itself would have answered 5xx (input it does not check), "
        + "on %d operations:%n", mapped.values().stream().mapToInt(Integer::intValue).sum(), mapped.size()));
    mapped.forEach((operation, n) -> out.append(String.format("  %5d  %s%n", n, operation)));
    return out.toString();
  }

  /**
   * Findings by cause, most frequent first: first each cause across the operations it was found on
   * (its family), with one example request; then each cause per operation.
   */
  String grouped() {
    StringBuilder out = new StringBuilder();
    Map<String, List<RestApiAttackFinding>> families = groups(RestApiAttackFinding::family);
    Map<String, List<RestApiAttackFinding>> causes = groups(RestApiAttackFinding::cause);
    out.append(String.format("%d findings of %d causes, %d causes per operation%n", findings.size(), families.size(),
        causes.size()));
    out.append("\n== Causes across operations ==\n");
    families.forEach((family, group) -> {
      RestApiAttackFinding first = group.get(0);
      TreeSet<String> operations = new TreeSet<>(group.stream().map(RestApiAttackFinding::operation).toList());
      out.append(String.format("%5d x %s%n", group.size(), family));
      if (first.type() == RestApiAttackFinding.Type.ESCALATION) {
        group.stream().limit(8).forEach(f -> out.append("        ").append(f.detail()).append('\n'));
        return;
      }
      out.append("        ").append(operations.size()).append(" operations: ")
          .append(String.join(", ", operations.stream().limit(12).toList())).append(operations.size() > 12 ? ", ..." : "")
          .append('\n');
      appendWhoAndExample(out, group);
    });
    out.append("\n== Causes per operation ==\n");
    causes.forEach((cause, group) -> {
      if (group.get(0).type() != RestApiAttackFinding.Type.ESCALATION) {
        out.append(String.format("%5d x %s%n", group.size(), cause));
        appendWhoAndExample(out, group);
      }
    });
    return out.toString();
  }

  /** The summary for the test's failure: the causes across operations, one line each. */
  String summary() {
    StringBuilder out = new StringBuilder();
    Map<String, List<RestApiAttackFinding>> families = groups(RestApiAttackFinding::family);
    out.append(String.format("%d findings of %d causes:%n", findings.size(), families.size()));
    families.forEach((family, group) -> {
      long operations = group.stream().map(RestApiAttackFinding::operation).distinct().count();
      out.append(String.format("%5d x %s (%d operation%s)%n", group.size(),
          family.length() <= 240 ? family : family.substring(0, 240) + "…", operations, operations == 1 ? "" : "s"));
    });
    return out.toString();
  }

  private static void appendWhoAndExample(StringBuilder out, List<RestApiAttackFinding> group) {
    RestApiAttackFinding first = group.get(0);
    out.append("        users: ").append(new TreeSet<>(group.stream().map(RestApiAttackFinding::user).toList()))
        .append("; paths: ").append(new TreeSet<>(group.stream().map(RestApiAttackFinding::variant).toList())).append('\n');
    out.append("        e.g. ").append(first.user()).append(": ").append(first.example()).append('\n');
    out.append("        answer: ").append(first.detail()).append('\n');
  }

  /** Findings grouped by a key, the groups ordered by type, then by size. */
  private Map<String, List<RestApiAttackFinding>> groups(java.util.function.Function<RestApiAttackFinding, String> key) {
    Map<String, List<RestApiAttackFinding>> groups = new LinkedHashMap<>();
    findings.forEach(f -> groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
    Map<String, List<RestApiAttackFinding>> sorted = new LinkedHashMap<>();
    groups.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, List<RestApiAttackFinding>> e) -> e.getValue().get(0).type())
            .thenComparing(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  void write(Path directory, String header) {
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("table.txt"), header + "\n" + table(), StandardCharsets.UTF_8);
      Files.writeString(directory.resolve("findings-by-cause.txt"), header + "\n" + grouped(), StandardCharsets.UTF_8);
      StringBuilder all = new StringBuilder(header).append('\n');
      findings.forEach(f -> all.append(f).append('\n'));
      Files.writeString(directory.resolve("findings.txt"), all.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int sum(int[] c) {
    int n = 0;
    for (int v : c) {
      n += v;
    }
    return n;
  }
}
