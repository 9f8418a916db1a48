package nl.werkpad.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The asynchronous steps a journey takes before its first user task, counted in the models as deployed
 * (ClientJourney from its start event Aanmelding, into the called Intake, up to UserTask_BredeIntake) along
 * the shortest path that passes no other user task, and the bare reference process with as many steps.
 */
final class AsyncSteps {

  static final String FIRST_TASK = "UserTask_BredeIntake";
  static final String REFERENCE_PROCESS = "BenchmarkReferentie";
  static final String REFERENCE_TASK = "UserTask_Referentie";

  private AsyncSteps() {}

  /** The ids of the asynchronous steps before the klantmanager's first task, in the order they run. */
  static List<String> beforeFirstTask() {
    BpmnModelInstance journey = model("ClientJourney");
    List<FlowNode> toIntake = shortestPath(start(journey, "StartEvent_Aanmelding"), node -> node instanceof CallActivity call
        && "Intake".equals(call.getCalledElement()));
    BpmnModelInstance intake = model("Intake");
    StartEvent intakeStart = intake.getModelElementsByType(StartEvent.class).stream()
        .filter(s -> s.getEventDefinitions().isEmpty()).findFirst().orElseThrow();
    List<FlowNode> toTask = shortestPath(intakeStart, node -> FIRST_TASK.equals(node.getId()));
    List<String> async = new ArrayList<>();
    for (FlowNode node : concat(toIntake, toTask)) {
      if (node.isCamundaAsyncBefore() && !node.getId().equals(FIRST_TASK)) {
        async.add(node.getId());
      }
      if (node.isCamundaAsyncAfter() && !node.getId().equals(FIRST_TASK)) {
        async.add(node.getId() + " (after)");
      }
    }
    return async;
  }

  /** A process of {@code steps} asynchronous service tasks that do nothing, then a user task. */
  static BpmnModelInstance referenceProcess(int steps) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(REFERENCE_PROCESS).name("Benchmark: kale referentie")
        .camundaHistoryTimeToLive(1).startEvent("StartEvent_Referentie");
    for (int i = 1; i <= steps; i++) {
      flow = flow.serviceTask("ServiceTask_Leeg" + i).camundaAsyncBefore().camundaExpression("${true}");
    }
    return flow.userTask(REFERENCE_TASK).endEvent("EndEvent_Referentie").done();
  }

  private static List<FlowNode> concat(List<FlowNode> a, List<FlowNode> b) {
    List<FlowNode> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private interface Target {
    boolean reached(FlowNode node);
  }

  /** Breadth-first from the start to the first node the target accepts, not through other user tasks. */
  private static List<FlowNode> shortestPath(FlowNode start, Target target) {
    Map<FlowNode, FlowNode> cameFrom = new HashMap<>();
    Deque<FlowNode> queue = new ArrayDeque<>();
    queue.add(start);
    cameFrom.put(start, start);
    while (!queue.isEmpty()) {
      FlowNode node = queue.poll();
      if (target.reached(node)) {
        List<FlowNode> path = new ArrayList<>();
        for (FlowNode at = node; ; at = cameFrom.get(at)) {
          path.add(0, at);
          if (at == start) {
            return path;
          }
        }
      }
      if (node instanceof UserTask && node != start) {
        continue;
      }
      Collection<SequenceFlow> outgoing = node.getOutgoing();
      for (SequenceFlow flow : outgoing) {
        FlowNode next = flow.getTarget();
        if (!cameFrom.containsKey(next)) {
          cameFrom.put(next, node);
          queue.add(next);
        }
      }
    }
    throw new IllegalStateException("No path from " + start.getId() + " to the target in the model");
  }

  private static FlowNode start(BpmnModelInstance model, String id) {
    return model.getModelElementById(id);
  }

  private static BpmnModelInstance model(String process) {
    try (InputStream in = AsyncSteps.class.getResourceAsStream("/werkpad/bpmn/" + process + ".bpmn")) {
      if (in == null) {
        throw new IllegalStateException("werkpad/bpmn/" + process + ".bpmn not on the class path");
      }
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
