package nl.werkpad.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkpad.support.ApplicationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process archive deploys only what changed, so a changed model arrives in a deployment without
 * the forms it uses. Forms must still be found: that is why user tasks bind their form "latest".
 */
@ApplicationTest
class FormDeploymentTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;

  @Test
  void theProcessArchiveDeploysTheForms() {
    Deployment first = repository.createDeploymentQuery().deploymentName("werkpad").orderByDeploymentTime().asc()
        .list().get(0);
    assertThat(repository.getDeploymentResourceNames(first.getId()))
        .contains("bpmn/forms/BredeIntake.form", "bpmn/Intake.bpmn", "dmn/ServiceProvider.dmn");
  }

  @Test
  void aModelChangedWithoutItsFormStillFindsTheForm() throws Exception {
    String changed = Files.readString(Path.of("bpmn/JourneyClosing.bpmn"), StandardCharsets.UTF_8)
        .replace("De klantmanager van de woongemeente", "Gewijzigd: de klantmanager van de woongemeente");
    Deployment onlyTheModel = repository.createDeployment().name("werkpad").enableDuplicateFiltering(true)
        .addString("bpmn/JourneyClosing.bpmn", changed).deploy();
    try {
      assertThat(repository.getDeploymentResourceNames(onlyTheModel.getId())).containsExactly("bpmn/JourneyClosing.bpmn");
      ProcessInstance closing = runtime.startProcessInstanceByKey("JourneyClosing", Variables.putValue("woongemeente", "0513"));
      assertThat(closing.getProcessDefinitionId()).contains(":2:");
      Task task = tasks.createTaskQuery().processInstanceId(closing.getId()).singleResult();
      assertThat(forms.getDeployedTaskForm(task.getId())).isNotEmpty();
    } finally {
      repository.deleteDeployment(onlyTheModel.getId(), true, true);
    }
  }
}
