package nl.werkpad.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/** A decision of dmn/, parsed by a standalone DMN engine (FEEL as in the process engine) that records matched rules. */
record DecisionTableUnderTest(DmnEngine engine, DmnModelInstance model, DmnDecision decision) {

  static DecisionTableUnderTest load(Path file, String decisionKey, RuleRecorder matchedRules) {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(matchedRules))
        .buildEngine();
    assertThat(file)
        .withFailMessage("%s not found in %s: run the test from the project base dir", file, Path.of("").toAbsolutePath())
        .isRegularFile();
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    return new DecisionTableUnderTest(engine, model, engine.parseDecision(decisionKey, model));
  }
}
