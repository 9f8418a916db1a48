package nl.werkpad.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.werkpad.journey.JourneyVariables;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
  private final ManagementService management;

  public JourneyDriver(RuntimeService runtime, TaskService tasks, FormService forms, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.forms = forms;
    this.management = management;
  }

  public ProcessInstance start(String bsn, String woongemeente) {
    return runtime.startProcessInstanceByKey(JourneyVariables.CLIENT_JOURNEY,
        Variables.putValue(JourneyVariables.BSN, bsn).putValue(JourneyVariables.WOONGEMEENTE, woongemeente));
  }

  public String journeyNumber(ProcessInstance journey) {
    return runtime.createProcessInstanceQuery().processInstanceId(journey.getId()).singleResult().getBusinessKey();
  }

  /** The journey's open task of this kind, after its due jobs ran; it must have a deployed form. */
  public Task openTask(ProcessInstance journey, String taskDefinitionKey) {
    runJobs();
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(journeyNumber(journey))
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    assertThat(task).as("open task " + taskDefinitionKey + " of the journey; open are: "
        + tasks.createTaskQuery().processInstanceBusinessKey(journeyNumber(journey)).list().stream()
            .map(Task::getTaskDefinitionKey).toList()).isNotNull();
    assertThat(forms.getDeployedTaskForm(task.getId())).as("deployed form of " + taskDefinitionKey).isNotEmpty();
    return task;
  }

  public Task complete(ProcessInstance journey, String taskDefinitionKey, Map<String, Object> variables) {
    Task task = openTask(journey, taskDefinitionKey);
    tasks.complete(task.getId(), variables);
    return task;
  }

  /**
   * A journey on the route beschut werk whose request went to UWV: it waits for the advice (the letter
   * registered, or the message UwvAdviesBeschutWerk). The person needs adaptations at work.
   */
  public ProcessInstance waitingForUwvAdvice(String bsn, String woongemeente) {
    ProcessInstance journey = start(bsn, woongemeente);
    Map<String, Object> intake = new java.util.HashMap<>(Map.of("participatieladder", "3", "taaleis", "VOLDAAN",
        "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
        "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", true));
    intake.put("aanpassingenNodig", true);
    complete(journey, "UserTask_BredeIntake", intake);
    complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "VOORSTEL", "doelen", "Beschut werk"));
    complete(journey, "UserTask_AanvraagVersturen",
        Map.of("uwvAdviesAangevraagdOp", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString()));
    openTask(journey, "UserTask_AdviesRegistreren");
    return journey;
  }

  /** Runs the due jobs (async service tasks) as the job executor would; tests have it switched off. */
  public void runJobs() {
    for (int round = 0; round < 100; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming: a loop in the models?");
  }

  /** Removes every running instance, so each test starts clean and its persons are free again. */
  public void deleteAll() {
    runtime.createProcessInstanceQuery().rootProcessInstances().list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
  }
}
