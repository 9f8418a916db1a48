package nl.werkpad.modellen;

import static nl.werkpad.support.ModelerDeploy.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import nl.werkpad.support.ModelerDeploy;
import nl.werkpad.support.WebappSession;
import java.io.ByteArrayInputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * A process designer deploys models that try to become administrator, through every kind of expression
 * a model has, over the engine's REST API and the webapps' one. The deployment is refused whole with a
 * Dutch message that names the element; what the text cannot show is refused when the engine evaluates
 * it (as the job executor, with no user at all); and Werkpad's own models keep working. Runs on H2 and
 * PostgreSQL.
 */
@ApplicationTest
abstract class SandboxTests {

  /** The attack: whoever runs this is in camunda-admin a moment later. */
  private static final String ESCALATE = ".createMembership('ontwerper', 'camunda-admin')";

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;
  @Autowired JourneyDriver driver;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;

  private final List<String> deployed = new ArrayList<>();

  @AfterEach
  void removeWhatWasDeployed() {
    driver.deleteAll();
    deployed.forEach(id -> repository.deleteDeployment(id, true));
    if (identity.createUserQuery().userId("ontwerper").memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
      identity.deleteMembership("ontwerper", Groups.CAMUNDA_ADMIN);
    }
  }

  @Test
  void everyKindOfExpressionThatReachesForTheEngineIsRefusedAtDeploymentNamingTheElement() {
    Map<String, Function<String, BpmnModelInstance>> kinds = Map.of(
        "service task", e -> process(p -> p.serviceTask("ServiceTask_Aanval").name("Aanval").camundaExpression(e)),
        "execution listener", e -> process(p -> p.serviceTask("ServiceTask_Aanval").name("Aanval")
            .camundaExpression("${true}").camundaExecutionListenerExpression("start", e)),
        "task listener", e -> process(p -> p.userTask("ServiceTask_Aanval").name("Aanval").camundaFormRef("BredeIntake")
            .camundaTaskListenerExpression("create", e)),
        "condition", e -> process(p -> p.exclusiveGateway("ServiceTask_Aanval").name("Aanval?")
            .condition("ja", e).endEvent().moveToLastGateway().condition("nee", "${true}")),
        "input mapping", e -> process(p -> p.serviceTask("ServiceTask_Aanval").name("Aanval").camundaExpression("${true}")
            .camundaInputParameter("invoer", e)),
        "timer", e -> Bpmn.createExecutableProcess("Aanval").camundaHistoryTimeToLive(1)
            .startEvent("ServiceTask_Aanval").name("Aanval").timerWithDate(e).endEvent().done(),
        "call activity business key", e -> process(p -> p.callActivity("ServiceTask_Aanval").name("Aanval")
            .calledElement("JourneyClosing").camundaIn("x", "y").camundaInBusinessKey(e)));
    Map<String, String> attacks = Map.of(
        "${execution.getProcessEngineServices().getIdentityService()" + ESCALATE + "}", "getProcessEngineServices",
        "${execution.processEngineServices.identityService" + ESCALATE + "}", "processEngineServices",
        "${execution['processEngineServices'].identityService" + ESCALATE + "}", "processEngineServices",
        "${identityService" + ESCALATE + "}", "'identityService' is geen bouwsteen van Werkpad",
        "${processEngine.identityService" + ESCALATE + "}", "'processEngine' is geen bouwsteen van Werkpad",
        "${''.getClass().forName('java.lang.Runtime')}", "'getClass' is in een model nooit toegestaan",
        "${journeyRecords.endNow('KR-2026-000001', 'GESTOPT')}", "van de bouwsteen 'journeyRecords' kan een model alleen fase aanroepen",
        "${S('{}').prop('x')}", "de functie 'S()' is in een model niet beschikbaar",
        "${execution.getBpmnModelInstance()}", "getBpmnModelInstance");
    long deploymentsBefore = repository.createDeploymentQuery().count();
    kinds.forEach((kind, model) -> attacks.forEach((attack, reason) -> {
      ResponseEntity<Map> answer = deploy("Aanval.bpmn", bytes(model.apply(attack)));
      assertThat(answer.getStatusCode().value()).as(kind + ": " + attack + " " + answer.getBody()).isEqualTo(400);
      assertThat((String) answer.getBody().get("message")).as(kind + ": " + attack)
          .startsWith("De deployment is geweigerd, er is niets gewijzigd.")
          .contains(kind.equals("condition") ? "'ja' (sequenceFlow" : "'Aanval' (ServiceTask_Aanval)", reason);
    }));
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertNoEscalation();
  }

  @Test
  void scriptsJavaClassesForeignFormsAndFilesThatRunInTheBrowserAreRefused() {
    Map<String, byte[]> attempts = Map.of(
        "script task", bytes(process(p -> p.scriptTask("ScriptTask_Aanval").name("Aanval").scriptFormat("javascript")
            .scriptText("java.lang.Runtime.getRuntime().exec('id')"))),
        "Java class", bytes(process(p -> p.serviceTask("ServiceTask_Aanval").name("Aanval")
            .camundaClass("org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior"))),
        "script listener", bytes(process(p -> p.serviceTask("ServiceTask_Aanval").name("Aanval").camundaExpression("${true}")
            .camundaExecutionListenerClass("start", "java.lang.Object"))),
        "external form", bytes(process(p -> p.userTask("UserTask_Aanval").name("Aanval")
            .camundaFormKey("embedded:deployment:aanval.html"))));
    attempts.forEach((what, model) -> {
      ResponseEntity<Map> answer = deploy("Aanval.bpmn", model);
      assertThat(answer.getStatusCode().value()).as(what + " " + answer.getBody()).isEqualTo(400);
      assertThat((String) answer.getBody().get("message")).as(what).contains("Aanval");
    });
    ResponseEntity<Map> html = ModelerDeploy.deploy(rest, "ontwerper", Map.of("aanval.html",
        "<script>fetch('/camunda/api/engine/engine/default/task')</script>".getBytes(StandardCharsets.UTF_8)));
    assertThat(html.getStatusCode().value()).isEqualTo(400);
    assertThat((String) html.getBody().get("message")).contains("'aanval.html' hoort niet in een deployment");
  }

  @Test
  void decisionTablesCalculateInFeelOnlyWithoutScriptsOrJava() throws Exception {
    String table = Files.readString(Path.of("dmn/ServiceProvider.dmn"));
    String javascript = table.replaceFirst("<inputExpression ", "<inputExpression expressionLanguage=\"javascript\" ");
    String external = table.replace("<outputEntry id=\"Rule_3_Uitvoerder\"><text>\"PROMEN\"</text></outputEntry>",
        "<outputEntry id=\"Rule_3_Uitvoerder\"><text>{ f: function(x) external { java: { class: \"java.lang.System\", "
            + "method signature: \"getProperty(java.lang.String)\" } }, r: f(\"java.version\") }.r</text></outputEntry>");
    assertThat(javascript).isNotEqualTo(table);
    assertThat(external).isNotEqualTo(table);
    ResponseEntity<Map> script = deploy("ServiceProvider.dmn", javascript.getBytes(StandardCharsets.UTF_8));
    assertThat(script.getStatusCode().value()).isEqualTo(400);
    assertThat((String) script.getBody().get("message")).contains("gebruikt de taal 'javascript'");
    ResponseEntity<Map> java = deploy("ServiceProvider.dmn", external.getBytes(StandardCharsets.UTF_8));
    assertThat(java.getStatusCode().value()).isEqualTo(400);
    assertThat((String) java.getBody().get("message")).contains("(Rule_3_Uitvoerder) roept een externe functie aan");

    // And behind the check, the engine's FEEL does not call Java either.
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    DmnEngine dmn = configuration.getDmnEngine();
    Object result = configuration.getCommandExecutorTxRequired().execute(context -> {
      DmnDecision decision = dmn.parseDecision("ServiceProvider", new ByteArrayInputStream(external.getBytes(StandardCharsets.UTF_8)));
      try {
        return dmn.evaluateDecision(decision, Variables.putValue("woongemeente", "0513").putValue("dienst", "DETACHERING"))
            .getSingleResult().getSingleEntry();
      } catch (RuntimeException refused) {
        return null;
      }
    });
    assertThat(String.valueOf(result)).doesNotContain(System.getProperty("java.version"));
  }

  @Test
  void whatTheTextCannotShowIsRefusedWhenTheJobExecutorRunsIt() {
    // The member is computed from a variable, and a static method is reached through a value: neither is in the text.
    for (String attack : List.of("${execution[wat].identityService" + ESCALATE + "}",
        "${dateTime().getZone().setDefault(dateTime().getZone().forID('Pacific/Kiritimati'))}")) {
      BpmnModelInstance model = Bpmn.createExecutableProcess("Aanval").camundaHistoryTimeToLive(1)
          .startEvent("StartEvent_Nu").name("Nu").timerWithDate("2020-01-01T00:00:00")
          .serviceTask("ServiceTask_Variabele").name("Variabele").camundaExpression("${execution.setVariable('wat', 'processEngineServices')}")
          .serviceTask("ServiceTask_Aanval").name("Aanval").camundaExpression(attack)
          .endEvent().done();
      ResponseEntity<Map> answer = deploy("Aanval.bpmn", bytes(model));
      assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);

      String definition = repository.createProcessDefinitionQuery().deploymentId((String) answer.getBody().get("id"))
          .singleResult().getId();
      Job timer = management.createJobQuery().processDefinitionId(definition).singleResult();
      for (int attempt = 0; attempt < 5 && management.createJobQuery().jobId(timer.getId()).withRetriesLeft().count() > 0; attempt++) {
        try {
          management.executeJob(timer.getId());
        } catch (RuntimeException refused) {
          assertThat(refused).hasStackTraceContaining("Het model gebruikt iets wat in modellen niet mag");
        }
      }
      Incident incident = runtime.createIncidentQuery().configuration(timer.getId()).singleResult();
      assertThat(incident).as("the refusal is an incident like any other").isNotNull();
      assertThat(incident.getIncidentMessage()).contains("Het model gebruikt iets wat in modellen niet mag");
      assertNoEscalation();
      assertThat(org.joda.time.DateTimeZone.getDefault().getID()).isNotEqualTo("Pacific/Kiritimati");
      repository.deleteDeployment(deployed.remove(0), true);
    }
  }

  @Test
  void storedTaskQueriesAreEvaluatedInTheSandboxToo() {
    Map<String, Object> body = Map.of("resourceType", "Task", "name", "Aanval",
        "query", Map.of("candidateGroupExpression", "${identityService" + ESCALATE + "}"));
    ResponseEntity<Map> created = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/filter/create", body, Map.class);
    assertThat(created.getStatusCode().value()).isEqualTo(200);
    String id = (String) created.getBody().get("id");
    try {
      ResponseEntity<String> run = rest.withBasicAuth("km-gouda", "demo").getForEntity("/engine-rest/filter/" + id + "/list",
          String.class);
      assertThat(run.getStatusCode().is2xxSuccessful()).as(run.getBody()).isFalse();
      assertNoEscalation();
      assertThat(identity.createUserQuery().userId("km-gouda").memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
    } finally {
      rest.withBasicAuth("admin", "demo").delete("/engine-rest/filter/" + id);
    }
  }

  @Test
  void everyPathToTheDeploymentResourceRefusesTheSameModel() throws Exception {
    byte[] model = bytes(process(p -> p.serviceTask("ServiceTask_Aanval").name("Aanval")
        .camundaExpression("${execution.getProcessEngineServices().getIdentityService()" + ESCALATE + "}")));
    long deploymentsBefore = repository.createDeploymentQuery().count();
    for (String path : List.of("/engine-rest/engine/default/deployment/create", "/engine-rest/deployment;x=y/create")) {
      ResponseEntity<Map> answer = ModelerDeploy.deploy(rest, "ontwerper", path, Map.of("Aanval.bpmn", model));
      assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(400);
      assertThat((String) answer.getBody().get("message")).contains("(ServiceTask_Aanval)", "getProcessEngineServices");
    }
    // Cockpit's own session: an administrator's, since designers have no webapp; the check is the engine's.
    WebappSession cockpit = WebappSession.login(port, "admin", "cockpit");
    String boundary = "werkpad-grens";
    byte[] multipart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nAanval\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"Aanval.bpmn\"; filename=\"Aanval.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + new String(model, StandardCharsets.UTF_8) + "\r\n--" + boundary
        + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> webapp = cockpit.send("POST", "/camunda/api/engine/engine/default/deployment/create",
        "multipart/form-data; boundary=" + boundary, multipart);
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(400);
    assertThat(webapp.body()).contains("getProcessEngineServices");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertNoEscalation();
  }

  @Test
  void aDesignersAllowedModelDeploysAndWhoDeployedWhatIsRecorded() {
    BpmnModelInstance model = process(p -> p.serviceTask("ServiceTask_Mag").name("Mag")
        .camundaExpression("${execution.setVariable('groep', teams.klantmanagers(execution.getVariable('woongemeente')))}")
        .camundaInputParameter("datum", "${dateTime().plusWeeks(2).toDate()}"));
    ResponseEntity<Map> answer = deploy("Aanval.bpmn", bytes(model));
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
    String deployment = (String) answer.getBody().get("id");

    runtime.startProcessInstanceByKey("Aanval", Variables.putValue("woongemeente", "0513"));
    assertThat(history.createHistoricVariableInstanceQuery().variableName("groep").singleResult().getValue())
        .isEqualTo("klantmanagers-0513");
    UserOperationLogEntry entry = history.createUserOperationLogQuery().deploymentId(deployment)
        .entityType("Deployment").operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list().get(0);
    assertThat(entry.getUserId()).isEqualTo("ontwerper");
    assertThat(entry.getTimestamp()).isNotNull();
  }

  /** A designer's deployment; one that should have been refused is still removed afterwards. */
  private ResponseEntity<Map> deploy(String file, byte[] content) {
    ResponseEntity<Map> answer = ModelerDeploy.deploy(rest, "ontwerper", file, content);
    if (answer.getStatusCode().is2xxSuccessful()) {
      deployed.add((String) answer.getBody().get("id"));
    }
    return answer;
  }

  private void assertNoEscalation() {
    assertThat(identity.createUserQuery().userId("ontwerper").memberOfGroup(Groups.CAMUNDA_ADMIN).count())
        .as("the designer is no administrator").isZero();
  }

  /** A process of one step between start and end, as a designer would draw it. */
  private static BpmnModelInstance process(Function<StartEventBuilder, Object> step) {
    StartEventBuilder start = Bpmn.createExecutableProcess("Aanval").camundaHistoryTimeToLive(1).startEvent("StartEvent_Start");
    Object last = step.apply(start);
    if (last instanceof org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder<?, ?> node) {
      return node.endEvent().done();
    }
    return start.done();
  }
}
