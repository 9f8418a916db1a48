package nl.werkpad.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.werkpad.support.JourneyDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Step 1 of the attack: journeys of several municipalities in different stages, and every id they
 * leave behind, each with the journey (and so the tenant) it belongs to. The generators draw path and
 * query parameters from these ids; the leak oracle looks for them in answers. Besides the journeys, one
 * decision of Capelle's own (a tenant deployment, evaluated once) gives a deployment, a decision
 * definition and a historic decision instance of one tenant; it is removed again by {@link #remove()}.
 */
final class RestApiAttackData {

  /** What an id names; a path or query parameter is drawn from the ids of its kind. */
  enum Kind {
    TASK, PROCESS_INSTANCE, EXECUTION, VARIABLE_INSTANCE, VARIABLE_NAME, JOB, JOB_DEFINITION, INCIDENT,
    ACTIVITY_INSTANCE, HISTORIC_DETAIL, JOB_LOG, DECISION_INSTANCE, DEPLOYMENT, RESOURCE, PROCESS_DEFINITION,
    DECISION_DEFINITION, DECISION_REQUIREMENTS_DEFINITION, DEFINITION_KEY, TENANT, USER, GROUP, FILTER,
    AUTHORIZATION, BATCH, COMMENT, ATTACHMENT, MESSAGE_NAME, BUSINESS_KEY, BSN, ACTIVITY_ID, METRIC, OTHER
  }

  /** A journey of the set-up: who may know it follows from its tenant and the team it was referred to. */
  record Journey(String name, String bsn, String tenant, String referredTo, String businessKey, String processInstanceId) {}

  /**
   * A real value of the set-up. {@code journey}: the client it belongs to; {@code tenant}: the tenant it
   * belongs to (the journey's, or of a tenant deployment), null when shared by all.
   */
  record Ref(String value, Kind kind, Journey journey, String tenant) {

    boolean tenantOwned() {
      return tenant != null;
    }
  }

  static final String PROBE_TENANT = "gm0502";
  static final String PROBE_DECISION = "AanvalProbe";
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Map<String, Object> INTAKE = Map.of("participatieladder", "3", "taaleis", "VOLDAAN",
      "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
      "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", true);

  private final ProcessEngine engine;
  private final JourneyDriver driver;
  private final List<Journey> journeys = new ArrayList<>();
  private final Map<Kind, List<Ref>> refs = new EnumMap<>(Kind.class);
  /** Every id, business key and BSN of a journey or tenant object, by value: what the leak oracle looks for. */
  private final Map<String, Ref> secrets = new HashMap<>();
  private final Map<Ref, String> descriptions = new HashMap<>();
  private String probeDeployment;

  RestApiAttackData(ProcessEngine engine, JourneyDriver driver) {
    this.engine = engine;
    this.driver = driver;
  }

  /** Creates the journeys and collects their ids and the shared ones. */
  RestApiAttackData create() {
    journey("Gouda, brede intake", "999993653", "0513", null, pi -> driver.openTask(pi, "UserTask_BredeIntake"));
    journey("Capelle, verwezen naar Promen", "999995571", "0502", "trajectbegeleiders-promen",
        pi -> referred(pi, "DETACHERING"));
    journey("Alphen, verwezen naar het eigen team", "999994542", "0484", "trajectbegeleiders-0484",
        pi -> referred(pi, "LEERWERKTRAJECT"));
    Journey roosendaal = record("Roosendaal, wacht op het UWV-advies", "999990184", "1674", null,
        driver.waitingForUwvAdvice("999990184", "1674"));
    journey("Winterswijk, brede intake", "999993872", "0294", null, pi -> driver.openTask(pi, "UserTask_BredeIntake"));
    probe();
    incident(journeys.get(1));
    commentAndAttachment(journeys.get(1));
    commentAndAttachment(journeys.get(0));
    driver.runJobs();
    journeys.forEach(this::collect);
    collectShared();
    order();
    check(roosendaal);
    return this;
  }

  /** Removes what the set-up and the attack left: the journeys and Capelle's tenant deployment. */
  void remove() {
    driver.deleteAll();
    if (probeDeployment != null) {
      engine.getRepositoryService().deleteDeployment(probeDeployment, true, true, true);
    }
  }

  List<Journey> journeys() {
    return journeys;
  }

  List<Ref> refs(Kind kind) {
    return refs.getOrDefault(kind, List.of());
  }

  Map<String, Ref> secrets() {
    return secrets;
  }

  String probeDeployment() {
    return probeDeployment;
  }

  // --- the journeys

  private void journey(String name, String bsn, String gemeente, String referredTo, Consumer<ProcessInstance> walk) {
    ProcessInstance pi = driver.start(bsn, gemeente);
    walk.accept(pi);
    record(name, bsn, gemeente, referredTo, pi);
  }

  private Journey record(String name, String bsn, String gemeente, String referredTo, ProcessInstance pi) {
    Journey journey = new Journey(name, bsn, "gm" + gemeente, referredTo, driver.journeyNumber(pi), pi.getId());
    journeys.add(journey);
    return journey;
  }

  /** Through the intake to the uitvoerder's assessment of the referral, on the route chosen. */
  private void referred(ProcessInstance pi, String route) {
    driver.complete(pi, "UserTask_BredeIntake", INTAKE);
    driver.complete(pi, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "ANDERE_ROUTE", "route", route,
        "routeAfwijkingReden", "Besproken met de klant", "doelen", "Werk", "evaluatieIntervalMaanden", 6));
    driver.openTask(pi, "UserTask_AanmeldingBeoordelen");
  }

  private void incident(Journey journey) {
    // At the execution of the open task: an incident needs an execution that is at an activity.
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(journey.businessKey()).list().get(0);
    engine.getRuntimeService().createIncident("aanvalProbe", task.getExecutionId(), "probe",
        "Aanval: een incident van " + journey.name());
  }

  private void commentAndAttachment(Journey journey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(journey.businessKey()).list().get(0);
    engine.getTaskService().createComment(task.getId(), task.getProcessInstanceId(), "Aanval: notitie bij " + journey.name());
    engine.getTaskService().createAttachment("text/plain", task.getId(), task.getProcessInstanceId(), "notitie.txt",
        "Aanval: bijlage", new java.io.ByteArrayInputStream("bijlage".getBytes()));
  }

  /** A decision of Capelle's own: a deployment, a decision definition and a decision instance of one tenant. */
  private void probe() {
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="Definitions_AanvalProbe" name="Aanval" namespace="http://werkpad.nl/aanval">
          <decision id="%s" name="Aanval probe" camunda:historyTimeToLive="P1D">
            <decisionTable id="DecisionTable_AanvalProbe" hitPolicy="FIRST">
              <input id="Input_Getal" label="Getal"><inputExpression id="InputExpression_Getal" typeRef="integer"><text>getal</text></inputExpression></input>
              <output id="Output_Antwoord" name="antwoord" typeRef="string"/>
              <rule id="Rule_Altijd"><inputEntry id="Rule_Altijd_Getal"><text>-</text></inputEntry>
                <outputEntry id="Rule_Altijd_Antwoord"><text>"ja"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(PROBE_DECISION);
    Deployment deployment = engine.getRepositoryService().createDeployment().name("aanval-probe")
        .tenantId(PROBE_TENANT).addString("AanvalProbe.dmn", dmn).deploy();
    probeDeployment = deployment.getId();
    engine.getDecisionService().evaluateDecisionByKey(PROBE_DECISION).decisionDefinitionTenantId(PROBE_TENANT)
        .variables(Map.of("getal", 7)).evaluate();
    var definition = engine.getRepositoryService().createDecisionDefinitionQuery().deploymentId(probeDeployment).singleResult();
    add(Kind.DEPLOYMENT, probeDeployment, null, PROBE_TENANT, true, "aanval-probe");
    add(Kind.DECISION_DEFINITION, definition.getId(), null, PROBE_TENANT, true, PROBE_DECISION);
    engine.getRepositoryService().getDeploymentResources(probeDeployment)
        .forEach(r -> add(Kind.RESOURCE, r.getId(), null, PROBE_TENANT, true, r.getName()));
    engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionId(definition.getId()).list()
        .forEach(d -> add(Kind.DECISION_INSTANCE, d.getId(), null, PROBE_TENANT, true, PROBE_DECISION));
  }

  // --- collecting ids
  // Each id is collected with a description that does not change from run to run (its model element,
  // variable name, ...): the pools are ordered by journey and description, so that a seed draws the same
  // object in every run, even though the ids themselves are new each time.

  private void collect(Journey journey) {
    var history = engine.getHistoryService();
    var runtime = engine.getRuntimeService();
    var management = engine.getManagementService();
    var tasks = engine.getTaskService();
    add(Kind.BSN, journey.bsn(), journey, "bsn");
    add(Kind.BUSINESS_KEY, journey.businessKey(), journey, "business key");
    Map<String, String> instances = new LinkedHashMap<>();
    for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(journey.businessKey()).list()) {
      instances.put(pi.getId(), pi.getProcessDefinitionKey());
    }
    for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(journey.processInstanceId()).list()) {
      instances.put(pi.getId(), pi.getProcessDefinitionKey());
    }
    instances.forEach((pi, process) -> {
      add(Kind.PROCESS_INSTANCE, pi, journey, process);
      runtime.createExecutionQuery().processInstanceId(pi).list()
          .forEach(e -> add(Kind.EXECUTION, e.getId(), journey, process + (e.getId().equals(pi) ? "" : "/execution")));
      history.createHistoricTaskInstanceQuery().processInstanceId(pi).list()
          .forEach(t -> add(Kind.TASK, t.getId(), journey, process + "/" + t.getTaskDefinitionKey()));
      history.createHistoricVariableInstanceQuery().processInstanceId(pi).list().forEach(v -> {
        add(Kind.VARIABLE_INSTANCE, v.getId(), journey, process + "/" + v.getName());
        name(Kind.VARIABLE_NAME, v.getName());
      });
      management.createJobQuery().processInstanceId(pi).list().forEach(j -> {
        var definition = management.createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId()).singleResult();
        add(Kind.JOB, j.getId(), journey, process + "/" + (definition == null ? "" : definition.getActivityId()
            + "/" + definition.getJobConfiguration()));
      });
      runtime.createIncidentQuery().processInstanceId(pi).list()
          .forEach(i -> add(Kind.INCIDENT, i.getId(), journey, process + "/" + i.getIncidentType()));
      history.createHistoricActivityInstanceQuery().processInstanceId(pi).list().forEach(a -> {
        add(Kind.ACTIVITY_INSTANCE, a.getId(), journey, process + "/" + a.getActivityId());
        name(Kind.ACTIVITY_ID, a.getActivityId());
      });
      history.createHistoricDetailQuery().processInstanceId(pi).list().forEach(d -> add(Kind.HISTORIC_DETAIL, d.getId(),
          journey, process + "/" + (d instanceof HistoricVariableUpdate u ? u.getVariableName() + "/" + u.getRevision()
              : d instanceof HistoricFormField f ? f.getFieldId() : d.getClass().getSimpleName())));
      history.createHistoricJobLogQuery().processInstanceId(pi).list().forEach(l -> add(Kind.JOB_LOG, l.getId(), journey,
          process + "/" + l.getActivityId() + "/" + l.getJobDefinitionType() + "/" + l.isCreationLog() + l.isSuccessLog()));
      history.createHistoricDecisionInstanceQuery().processInstanceId(pi).list()
          .forEach(d -> add(Kind.DECISION_INSTANCE, d.getId(), journey, process + "/" + d.getDecisionDefinitionKey()));
    });
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(journey.businessKey()).list()) {
      tasks.getTaskComments(task.getId()).forEach(c -> add(Kind.COMMENT, c.getId(), journey, task.getTaskDefinitionKey()));
      tasks.getTaskAttachments(task.getId()).forEach(a -> add(Kind.ATTACHMENT, a.getId(), journey, task.getTaskDefinitionKey()));
    }
  }

  /** The ids every user shares: models, identities, filters; names of messages and metrics. */
  private void collectShared() {
    var repository = engine.getRepositoryService();
    repository.createProcessDefinitionQuery().latestVersion().list().forEach(d -> {
      add(Kind.PROCESS_DEFINITION, d.getId(), null, d.getTenantId(), false, d.getKey());
      name(Kind.DEFINITION_KEY, d.getKey());
    });
    repository.createDecisionDefinitionQuery().latestVersion().withoutTenantId().list().forEach(d -> {
      add(Kind.DECISION_DEFINITION, d.getId(), null, null, false, d.getKey());
      name(Kind.DEFINITION_KEY, d.getKey());
    });
    name(Kind.DEFINITION_KEY, PROBE_DECISION);
    repository.createDecisionRequirementsDefinitionQuery().latestVersion().list()
        .forEach(d -> add(Kind.DECISION_REQUIREMENTS_DEFINITION, d.getId(), null, null, false, d.getKey()));
    repository.createDeploymentQuery().withoutTenantId().orderByDeploymentTime().desc().listPage(0, 3).forEach(d -> {
      add(Kind.DEPLOYMENT, d.getId(), null, null, false, d.getName());
      repository.getDeploymentResources(d.getId()).stream().sorted(java.util.Comparator.comparing(r -> r.getName()))
          .limit(5).forEach(r -> add(Kind.RESOURCE, r.getId(), null, null, false, r.getName()));
    });
    engine.getManagementService().createJobDefinitionQuery().orderByActivityId().asc().listPage(0, 8)
        .forEach(j -> add(Kind.JOB_DEFINITION, j.getId(), null, null, false, j.getActivityId() + "/" + j.getJobType()));
    var identity = engine.getIdentityService();
    identity.createUserQuery().orderByUserId().asc().listPage(0, 12).forEach(u -> name(Kind.USER, u.getId()));
    for (String user : RestApiAttackUsers.ids()) {
      name(Kind.USER, user);
    }
    for (String group : List.of("camunda-admin", "klantmanagers", "klantmanagers-0513", "klantmanagers-0502",
        "managers-0513", "trajectbegeleiders-promen", "ontwerpers", "koppelingen")) {
      name(Kind.GROUP, group);
    }
    identity.createTenantQuery().orderByTenantId().asc().listPage(0, 6).forEach(t -> name(Kind.TENANT, t.getId()));
    for (String tenant : List.of("gm0513", "gm0502", "gm1674", "gm0484")) {
      name(Kind.TENANT, tenant);
    }
    engine.getFilterService().createFilterQuery().list()
        .forEach(f -> add(Kind.FILTER, f.getId(), null, null, false, f.getName()));
    engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("klantmanagers", "managers", "ontwerpers")
        .list().forEach(a -> add(Kind.AUTHORIZATION, a.getId(), null, null, false,
            a.getGroupId() + "/" + a.getResourceType() + "/" + a.getResourceId()));
    for (String message : List.of("UwvAdviesBeschutWerk", "KlantreisOvername", "HerhaaldeAanmelding")) {
      name(Kind.MESSAGE_NAME, message);
    }
    for (String metric : List.of("activity-instance-start", "job-successful", "root-process-instance-start",
        "executed-decision-elements")) {
      name(Kind.METRIC, metric);
    }
  }

  /** Orders every pool by journey and description: what a seed draws is the same object in every run. */
  private void order() {
    Comparator<Ref> stable = Comparator.comparingInt((Ref r) -> r.journey() == null ? -1 : journeys.indexOf(r.journey()))
        .thenComparing(r -> descriptions.get(r));
    refs.values().forEach(list -> list.sort(stable));
  }

  private void add(Kind kind, String value, Journey journey, String description) {
    add(kind, value, journey, journey.tenant(), true, description);
  }

  private void add(Kind kind, String value, Journey journey, String tenant, boolean secret, String description) {
    if (value == null || refs(kind).stream().anyMatch(r -> r.value().equals(value))) {
      return;
    }
    Ref ref = new Ref(value, kind, journey, tenant);
    refs.computeIfAbsent(kind, k -> new ArrayList<>()).add(ref);
    descriptions.put(ref, description == null ? value : description);
    if (secret && tenant != null) {
      // Activity instance ids read "UserTask_X:uuid": the uuid is what identifies it. A process instance is
      // also an execution: the first, more telling kind stays.
      var uuid = UUID.matcher(value);
      secrets.putIfAbsent(kind == Kind.ACTIVITY_INSTANCE && uuid.find() ? uuid.group() : value, ref);
    }
  }

  private void name(Kind kind, String value) {
    add(kind, value, null, null, false, value);
  }

  /** The oracles rely on ids that cannot be mistaken for anything else. */
  private void check(Journey roosendaal) {
    for (Kind kind : List.of(Kind.TASK, Kind.PROCESS_INSTANCE, Kind.EXECUTION, Kind.JOB, Kind.INCIDENT,
        Kind.VARIABLE_INSTANCE, Kind.DECISION_INSTANCE, Kind.COMMENT, Kind.ATTACHMENT)) {
      if (refs(kind).isEmpty()) {
        throw new IllegalStateException("The set-up left no id of kind " + kind);
      }
      for (Ref ref : refs(kind)) {
        if (!UUID.matcher(ref.value()).matches()) {
          throw new IllegalStateException("Ids must be UUIDs for the leak oracle, but " + kind + " has " + ref.value());
        }
      }
    }
    if (engine.getTaskService().createTaskQuery().processInstanceBusinessKey(roosendaal.businessKey())
        .taskDefinitionKey("UserTask_AdviesRegistreren").count() != 1) {
      throw new IllegalStateException("The Roosendaal journey does not wait for UWV's advice");
    }
  }
}
