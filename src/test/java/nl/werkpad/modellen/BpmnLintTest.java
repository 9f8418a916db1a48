package nl.werkpad.modellen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs bpmnlint with the repository's .bpmnlintrc (bpmnlint:recommended and Werkpad's own rules in
 * tools/bpmnlint-plugin-werkpad) over bpmn/*.bpmn, as `npm run lint` does, and fails with its output
 * when it reports any problem, warnings included. A second test lints a model that breaks every Werkpad
 * rule, so a rule that silently stops reporting is noticed.
 *
 * <p>bpmnlint comes from npm (`npm ci`). Without it, or without node, the tests are skipped, unless the
 * system property werkpad.test.lint.required or the environment variable WERKPAD_TEST_LINT_REQUIRED is
 * "true" (CI), in which case they fail. Paths are relative to the project base dir.
 */
class BpmnLintTest {

  private static final String NOT_INSTALLED = "bpmnlint niet geinstalleerd: voer npm ci uit";

  private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
  private static final Path BPMNLINT = Path.of("node_modules", ".bin", WINDOWS ? "bpmnlint.cmd" : "bpmnlint");
  private static final Path BPMN_DIR = Path.of("bpmn");
  private static final Path BROKEN_MODEL = Path.of("tools", "bpmnlint-plugin-werkpad", "test", "regels-overtreden.bpmn");

  /** bpmnlint's summary line, e.g. "✖ 3 problems (1 error, 2 warnings)". */
  private static final Pattern PROBLEMS = Pattern.compile("\\d+ problems? \\(");

  /** Skips the calling test without bpmnlint, or fails it when the lint is required. */
  private static void bpmnlintInstalled() {
    String missing = whatIsMissing();
    if (missing == null) {
      return;
    }
    if (required()) {
      fail(NOT_INSTALLED + " (" + missing + "); CI requires the lint: werkpad.test.lint.required or "
          + "WERKPAD_TEST_LINT_REQUIRED is true");
    }
    Assumptions.assumeTrue(false, NOT_INSTALLED + " (" + missing + ")");
  }

  @Test
  void theModelsPassBpmnlint() throws Exception {
    bpmnlintInstalled();
    List<Path> models;
    try (Stream<Path> listing = Files.list(BPMN_DIR)) {
      models = listing.filter(f -> f.getFileName().toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).withFailMessage("no .bpmn files in %s", BPMN_DIR.toAbsolutePath()).isNotEmpty();

    Result lint = bpmnlint(models);

    assertThat(lint.exitCode() == 0 && !PROBLEMS.matcher(lint.output()).find())
        .withFailMessage(() -> String.format(
            "bpmnlint reports problems in %s (exit code %d); fix them in Modeler, or see "
                + "docs/ontwerpers/sjablonen-en-lint.md:%n%s", BPMN_DIR, lint.exitCode(), lint.output()))
        .isTrue();
  }

  @Test
  void everyWerkpadRuleReportsTheModelThatBreaksIt() throws Exception {
    bpmnlintInstalled();
    assertThat(BROKEN_MODEL).isRegularFile();

    Result lint = bpmnlint(List.of(BROKEN_MODEL));

    // element id -> the Werkpad rule it breaks (see the documentation in the model)
    List<String[]> expected = List.of(
        new String[] {"UserTask_ZonderLabel", "werkpad/label-required"},
        new String[] {"Activity_VerkeerdVoorvoegsel", "werkpad/id-conventions"},
        new String[] {"UserTask_0x8f2ab", "werkpad/id-conventions"},
        new String[] {"ServiceTask_ZonderAsync", "werkpad/service-task-async-before"},
        new String[] {"UserTask_ZonderFormulier", "werkpad/user-task-form"},
        new String[] {"RegelsOvertreden", "werkpad/history-time-to-live"},
        new String[] {"ServiceTask_ZonderSjabloon", "werkpad/element-template-required"});
    List<String> missing = new ArrayList<>();
    for (String[] finding : expected) {
      Pattern line = Pattern.compile("(?m)^\\s*" + Pattern.quote(finding[0]) + "\\s.*\\s" + Pattern.quote(finding[1]) + "\\s*$");
      if (!line.matcher(lint.output()).find()) {
        missing.add(finding[0] + " " + finding[1]);
      }
    }
    assertThat(lint.exitCode()).withFailMessage("bpmnlint accepted %s:%n%s", BROKEN_MODEL, lint.output()).isNotZero();
    assertThat(missing)
        .withFailMessage(() -> String.format("bpmnlint did not report%n     - %s%nin its output:%n%s",
            String.join(String.format("%n     - "), missing), lint.output()))
        .isEmpty();
  }

  // --- running bpmnlint --------------------------------------------------------------------------

  record Result(int exitCode, String output) {}

  private static Result bpmnlint(List<Path> models) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(BPMNLINT.toString());
    models.forEach(model -> command.add(model.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    builder.environment().put("FORCE_COLOR", "0");
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("bpmnlint did not finish within 2 minutes:\n" + output);
    }
    return new Result(process.exitValue(), output.strip());
  }

  /** What keeps bpmnlint from running, or null when it can run. */
  private static String whatIsMissing() {
    if (!Files.isRegularFile(BPMNLINT)) {
      return BPMNLINT + " not found in " + Path.of("").toAbsolutePath();
    }
    try {
      Process node = new ProcessBuilder(WINDOWS ? "node.exe" : "node", "--version").redirectErrorStream(true).start();
      node.getOutputStream().close();
      node.getInputStream().readAllBytes();
      if (!node.waitFor(30, TimeUnit.SECONDS) || node.exitValue() != 0) {
        return "node --version failed";
      }
      return null;
    } catch (IOException e) {
      return "node not found on the PATH";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while looking for node";
    }
  }

  private static boolean required() {
    return "true".equalsIgnoreCase(System.getProperty("werkpad.test.lint.required"))
        || "true".equalsIgnoreCase(System.getenv("WERKPAD_TEST_LINT_REQUIRED"));
  }
}
