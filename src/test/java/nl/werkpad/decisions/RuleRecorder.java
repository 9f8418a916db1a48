package nl.werkpad.decisions;

import java.util.List;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;

/** Records the ids of the rules the last evaluation matched: a decision result does not tell them. */
final class RuleRecorder implements DmnDecisionTableEvaluationListener {

  private List<String> ids = List.of();

  void clear() {
    ids = List.of();
  }

  List<String> ids() {
    return ids;
  }

  @Override
  public void notify(DmnDecisionTableEvaluationEvent event) {
    ids = event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
  }
}
