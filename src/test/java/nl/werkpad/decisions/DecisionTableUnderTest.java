package nl.werkpad.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A decision of dmn/, parsed by a standalone DMN engine (FEEL as in the process engine). Its evaluations
 * also tell which rules matched, which the engine's result does not.
 */
final class DecisionTableUnderTest {

  /** The results of one evaluation and the ids of the rules that gave them. */
  record Evaluation(List<Map<String, Object>> results, List<String> matchedRules) {}

  private final RuleRecorder matchedRules = new RuleRecorder();
  private final DmnEngine engine;
  private final DmnModelInstance model;
  private final DmnDecision decision;

  private DecisionTableUnderTest(Path file, String decisionKey) {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(matchedRules))
        .buildEngine();
    model = Dmn.readModelFromFile(file.toFile());
    decision = engine.parseDecision(decisionKey, model);
  }

  static DecisionTableUnderTest load(Path file, String decisionKey) {
    assertThat(file)
        .withFailMessage("%s not found in %s: run the test from the project base dir", file, Path.of("").toAbsolutePath())
        .isRegularFile();
    return new DecisionTableUnderTest(file, decisionKey);
  }

  Evaluation evaluate(Map<String, Object> variables) {
    matchedRules.clear();
    List<Map<String, Object>> results = engine.evaluateDecision(decision, variables).getResultList();
    return new Evaluation(results, matchedRules.ids());
  }

  /** The ids of every rule of the file, sorted. */
  Set<String> ruleIds() {
    return model.getModelElementsByType(Rule.class).stream().map(Rule::getId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  DmnModelInstance model() {
    return model;
  }
}
