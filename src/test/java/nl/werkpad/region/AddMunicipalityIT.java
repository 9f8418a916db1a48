package nl.werkpad.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.region.RegionsProperties.Municipality;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Acceptance: adding a municipality is configuration and DMN only, no Java. Done here the way a
 * functional administrator and a process designer do it:
 *
 * <ul>
 *   <li>configuration: a regions file with one extra municipality, Testdorp (0999), in the WVS region
 *       ({@code region/regions-testdorp.yml}, imported instead of {@code classpath:regions.yml}: an
 *       initial {@code spring.config.import} takes precedence over the imports of application.yml,
 *       and Spring Boot binds a list from one property source only), and a person registry with one
 *       person registered there ({@code region/personen-testdorp.yml});
 *   <li>DMN: the ServiceProvider table with 0999 added to the WVS rule ({@code region/ServiceProvider.dmn}),
 *       deployed through the RepositoryService as Camunda Modeler's deploy does: a new deployment
 *       holding only that file, which becomes the latest version of the decision.
 * </ul>
 *
 * Then a journey for that person reaches "Aanmelding beoordelen" at WVS, in the tenant gm0999.
 * An integration test: it has its own properties, so failsafe gives it a JVM of its own.
 */
@ApplicationTest
@TestPropertySource(properties = {
    "spring.config.import=classpath:region/regions-testdorp.yml",
    "werkpad.brp.embedded-resource=classpath:region/personen-testdorp.yml"})
class AddMunicipalityIT {

  static final String TESTDORP = "0999";
  static final String TESTDORP_BSN = "999990238";
  static final String WVS_TEAM = "trajectbegeleiders-wvs";

  @Autowired Regions regions;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired DecisionService decisions;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JourneyDriver driver;

  @AfterEach
  void cleanUp() {
    driver.deleteAll();
  }

  @Test
  void aMunicipalityAddedByConfigurationAndDmnReceivesJourneysAndReferrals() throws IOException {
    // Configuration: the 20 municipalities of regions.yml plus Testdorp, which refers to WVS.
    assertThat(regions.municipalities()).hasSize(20 + 1);
    assertThat(regions.municipality(TESTDORP)).map(Municipality::name).contains("Testdorp");
    assertThat(regions.referringTo("WVS")).extracting(Municipality::code).contains(TESTDORP).hasSize(9 + 1);

    // TenantSync made the tenant and the teams at start-up.
    assertThat(identity.createTenantQuery().tenantId("gm0999").singleResult()).isNotNull()
        .extracting(Tenant::getName).isEqualTo("Gemeente Testdorp");
    assertThat(tenantsOf(WVS_TEAM)).contains("gm0999", "gm1674").hasSize(9 + 1);
    assertThat(identity.createGroupQuery().groupId("klantmanagers-0999").count()).isOne();
    assertThat(tenantsOf("klantmanagers-0999")).containsExactly("gm0999");
    assertThat(identity.createGroupQuery().groupId("managers-0999").count()).isOne();

    // The table as shipped knows no Testdorp: the process designer changes it and deploys it.
    assertThat(serviceProvider(TESTDORP)).isEmpty();
    int versionBefore = latestServiceProvider().getVersion();
    try (InputStream dmn = getClass().getResourceAsStream("/region/ServiceProvider.dmn")) {
      assertThat(dmn).as("test resource region/ServiceProvider.dmn").isNotNull();
      Deployment deployment = repository.createDeployment()
          .name("ServiceProvider")
          .source("Camunda Modeler")
          .addInputStream("ServiceProvider.dmn", dmn)
          .deploy();
      assertThat(deployment.getTenantId()).as("shared, like the process application's models").isNull();
    }
    assertThat(latestServiceProvider().getVersion()).isEqualTo(versionBefore + 1);
    assertThat((String) serviceProvider(TESTDORP).getSingleEntry()).isEqualTo("WVS");
    assertThat((String) serviceProvider("1674").getSingleEntry()).as("the other municipalities unchanged").isEqualTo("WVS");

    // A journey for a resident of Testdorp, walked to the referral.
    ProcessInstance journey = driver.start(TESTDORP_BSN, TESTDORP);
    assertThat(journey.getTenantId()).isEqualTo("gm0999");
    Task intakeTask = driver.openTask(journey, "UserTask_BredeIntake");
    assertThat(candidates(intakeTask)).containsExactly("klantmanagers-0999");
    assertThat(runtime.getVariable(intakeTask.getExecutionId(), "persoonGevonden"))
        .as("the person is in the registry, registered in Testdorp").isEqualTo(true);
    Map<String, Object> intake = new HashMap<>(Map.of("participatieladder", "4", "taaleis", "VOLDAAN",
        "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
        "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", true));
    intake.put("loonwaarde", 70);
    driver.complete(journey, "UserTask_BredeIntake", intake);
    driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "VOORSTEL", "doelen", "Detachering"));

    Task beoordelen = driver.openTask(journey, "UserTask_AanmeldingBeoordelen");
    assertThat(candidates(beoordelen)).containsExactly(WVS_TEAM);
    assertThat(beoordelen.getTenantId()).isEqualTo("gm0999");
    assertThat(runtime.getVariable(beoordelen.getExecutionId(), "uitvoeringsorganisatie")).isEqualTo("WVS");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(journey.getId()).singleResult().getTenantId())
        .isEqualTo("gm0999");
    Task volgen = driver.openTask(journey, "UserTask_VerwijzingVolgen");
    assertThat(candidates(volgen)).containsExactly("klantmanagers-0999");
  }

  private DmnDecisionResult serviceProvider(String woongemeente) {
    return decisions.evaluateDecisionByKey("ServiceProvider")
        .variables(Variables.putValue("woongemeente", woongemeente).putValue("dienst", "DETACHERING"))
        .evaluate();
  }

  private DecisionDefinition latestServiceProvider() {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey("ServiceProvider")
        .withoutTenantId().latestVersion().singleResult();
  }

  private List<String> tenantsOf(String group) {
    return identity.createTenantQuery().groupMember(group).list().stream().map(Tenant::getId).toList();
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }
}
