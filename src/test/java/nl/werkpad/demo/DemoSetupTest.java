package nl.werkpad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import nl.werkpad.region.TenantSync;
import nl.werkpad.tasklist.TasklistFilters;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo set-up gives every contract user their place, and a restart duplicates nothing. */
@ApplicationTest
class DemoSetupTest {

  @Autowired DemoSetup setup;
  @Autowired TasklistFilters tasklistFilters;
  @Autowired TenantSync tenantSync;
  @Autowired DemoJourneys demoJourneys;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JourneyDriver driver;

  @AfterEach
  void cleanUp() {
    driver.deleteAll();
    management.deleteProperty(DemoJourneys.CREATED_PROPERTY);
  }

  @Test
  void createsTheContractUsersWithTheirTenants() {
    assertThat(identity.createUserQuery().count()).isEqualTo(1 + 20 + 20 + 3 + 2 + 1 + 1);
    assertThat(tenantsOf("uwv-koppeling")).as("UWV advises on residents of every municipality").hasSize(20);
    assertThat(identity.createTenantQuery().count()).isEqualTo(20);
    assertThat(tenantsOf("km-gouda")).containsExactly("gm0513");
    assertThat(tenantsOf("mgr-capelle")).containsExactly("gm0502");
    assertThat(tenantsOf("tb-promen"))
        .containsExactlyInAnyOrder("gm0513", "gm0484", "gm0502", "gm0542", "gm1931", "gm0627", "gm1892");
    assertThat(tenantsOf("tb-wvs")).hasSize(9);
    assertThat(tenantsOf("tb-werkbaanoost")).containsExactlyInAnyOrder("gm1859", "gm1586", "gm0294");
    assertThat(tenantsOf("tb-alphen")).containsExactly("gm0484");
    assertThat(tenantsOf("tb-derondevenen")).containsExactly("gm0736");
    assertThat(identity.checkPassword("km-winterswijk", "demo")).isTrue();
    assertThat(filters.createFilterQuery().list()).extracting(f -> f.getName())
        .containsExactly("Mijn taken", "Taken van mijn team", "Nog op te pakken", "Over de vervaldatum");
  }

  @Test
  void aSecondRunDuplicatesNothing() {
    List<Long> before = counts();
    tenantSync.sync();
    setup.afterDeployment();
    tasklistFilters.ensure();
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void demoJourneysAreCreatedOnceInDifferentStages() {
    demoJourneys.createOnce();
    long journeys = runtime.createProcessInstanceQuery().processDefinitionKey("ClientJourney").count();
    demoJourneys.createOnce();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ClientJourney").count())
        .isEqualTo(journeys).isEqualTo(9);
    driver.runJobs();

    identity.setAuthentication("km-gouda", List.of("klantmanagers", "klantmanagers-0513"), List.of("gm0513"));
    try {
      List<Task> goudaTeam = tasks.createTaskQuery().taskCandidateGroup("klantmanagers-0513").list();
      assertThat(goudaTeam).extracting(Task::getTaskDefinitionKey)
          .containsExactlyInAnyOrder("UserTask_BredeIntake", "UserTask_VerwijzingVolgen", "UserTask_TrajectVolgen");
      assertThat(tasks.createTaskQuery().tenantIdIn("gm0502").count()).isZero();
    } finally {
      identity.clearAuthentication();
    }
    assertThat(tasks.createTaskQuery().taskCandidateGroup("trajectbegeleiders-promen").list())
        .extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("UserTask_AanmeldingBeoordelen", "UserTask_VoortgangEvalueren");
    assertThat(tasks.createTaskQuery().taskCandidateGroup("trajectbegeleiders-0484").list())
        .extracting(Task::getTaskDefinitionKey).containsExactly("UserTask_AanmeldingBeoordelen");
    assertThat(tasks.createTaskQuery().taskCandidateGroup("klantmanagers-1674").list())
        .extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("UserTask_VerwijzingVolgen", "UserTask_AdviesRegistreren");
  }

  private List<String> tenantsOf(String user) {
    return identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(t -> t.getId()).distinct().toList();
  }

  private List<Long> counts() {
    return List.of(identity.createUserQuery().count(), identity.createGroupQuery().count(),
        identity.createTenantQuery().count(), authorizations.createAuthorizationQuery().count(),
        filters.createFilterQuery().count(),
        identity.createTenantQuery().groupMember("trajectbegeleiders-promen").count());
  }
}
