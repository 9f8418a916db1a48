package nl.werkpad.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.werkpad.journey.JourneyVariables;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.test.context.TestComponent;

/** Walks journeys the way case workers do: one open task at a time, found by journey number. */
@TestComponent
public class JourneyDriver {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;

  public JourneyDriver(RuntimeService runtime, TaskService tasks, FormService forms) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.forms = forms;
  }

  public ProcessInstance start(String bsn, String woongemeente) {
    return runtime.startProcessInstanceByKey(JourneyVariables.CLIENT_JOURNEY,
        Variables.putValue(JourneyVariables.BSN, bsn).putValue(JourneyVariables.WOONGEMEENTE, woongemeente));
  }

  public String journeyNumber(ProcessInstance journey) {
    return runtime.createProcessInstanceQuery().processInstanceId(journey.getId()).singleResult().getBusinessKey();
  }

  /** The one open task of the journey; it must be the expected one and its form must be deployed. */
  public Task openTask(ProcessInstance journey, String taskDefinitionKey) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(journeyNumber(journey)).singleResult();
    assertThat(task).as("open task of the journey").isNotNull();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskDefinitionKey);
    assertThat(forms.getDeployedTaskForm(task.getId())).as("deployed form of " + taskDefinitionKey).isNotEmpty();
    return task;
  }

  public Task complete(ProcessInstance journey, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = openTask(journey, taskDefinitionKey);
    tasks.complete(task.getId(), variables);
    return task;
  }

  /** Removes every running instance, so each test starts clean and its persons are free again. */
  public void deleteAll() {
    runtime.createProcessInstanceQuery().rootProcessInstances().list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
  }
}
