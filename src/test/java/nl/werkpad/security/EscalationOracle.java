package nl.werkpad.security;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.security.RestApiAttackData.Ref;
import nl.werkpad.security.RestApiAttackFinding.Type;
import nl.werkpad.security.RestApiAttackUsers.Role;
import nl.werkpad.security.RestApiAttackUsers.User;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * What non-administrators may never bring about, compared between a snapshot before their requests and
 * one after: no new member of {@code camunda-admin}; no new user, group, tenant, membership or
 * authorization (the engine's own grants on a task to someone of the task's tenant aside); no deployment
 * but a designer's; no journey (in Werkpad's register) or other process started by someone who may not
 * (a klantmanager in their own municipality, the koppeling with UWV's advice); no change of a tenant's
 * data by a user outside it (the user operation log says who changed what, and of which tenant: read after
 * every request of theirs, so the finding names the request); the
 * set-up's tasks and instances keep their tenant; no model or job definition suspended. What it finds,
 * it also undoes where it can, so the other tests of the JVM keep their context.
 */
final class EscalationOracle {

  private static final Set<String> UWV_START = Set.of("StartEvent_UwvAdvies");

  record Snapshot(Date time, Set<String> admins, Map<String, String> authorizations, Set<String> users,
      Set<String> groups, Set<String> tenants, Set<String> memberships, Set<String> deployments, Set<Long> journeys,
      Set<String> rootInstances, Map<String, String> tenantOf, Set<String> suspendedDefinitions,
      Set<String> suspendedJobDefinitions) {}

  private final ProcessEngine engine;
  private final JourneyRepository register;
  private final RestApiAttackData data;
  private long logEntries;
  private Set<String> authorizations = new HashSet<>();

  EscalationOracle(ProcessEngine engine, JourneyRepository register, RestApiAttackData data) {
    this.engine = engine;
    this.register = register;
    this.data = data;
  }

  Snapshot snapshot() {
    var identity = engine.getIdentityService();
    Map<String, String> authorizations = new HashMap<>();
    engine.getAuthorizationService().createAuthorizationQuery().list()
        .forEach(a -> authorizations.put(a.getId(), describe(a)));
    Set<String> users = identity.createUserQuery().list().stream().map(u -> u.getId()).collect(Collectors.toSet());
    Set<String> groups = identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());
    Set<String> memberships = new HashSet<>();
    for (String user : users) {
      identity.createGroupQuery().groupMember(user).list().forEach(g -> memberships.add(user + " in group " + g.getId()));
      identity.createTenantQuery().userMember(user).list().forEach(t -> memberships.add(user + " in tenant " + t.getId()));
    }
    for (String group : groups) {
      identity.createTenantQuery().groupMember(group).list().forEach(t -> memberships.add("group " + group + " in tenant " + t.getId()));
    }
    Map<String, String> tenantOf = new HashMap<>();
    for (Ref ref : data.refs(RestApiAttackData.Kind.TASK)) {
      var task = engine.getTaskService().createTaskQuery().taskId(ref.value()).singleResult();
      if (task != null) {
        tenantOf.put("task " + ref.value(), String.valueOf(task.getTenantId()));
      }
    }
    for (Ref ref : data.refs(RestApiAttackData.Kind.PROCESS_INSTANCE)) {
      var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(ref.value()).singleResult();
      if (instance != null) {
        tenantOf.put("process instance " + ref.value(), String.valueOf(instance.getTenantId()));
      }
    }
    return new Snapshot(new Date(),
        identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream().map(u -> u.getId()).collect(Collectors.toSet()),
        authorizations, users, groups,
        identity.createTenantQuery().list().stream().map(Tenant::getId).collect(Collectors.toSet()), memberships,
        engine.getRepositoryService().createDeploymentQuery().list().stream().map(d -> d.getId()).collect(Collectors.toSet()),
        register.findAll().stream().map(Journey::getId).collect(Collectors.toSet()),
        engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstances().list().stream()
            .map(HistoricProcessInstance::getId).collect(Collectors.toSet()),
        tenantOf,
        engine.getRepositoryService().createProcessDefinitionQuery().suspended().list().stream()
            .map(ProcessDefinition::getId).collect(Collectors.toSet()),
        engine.getManagementService().createJobDefinitionQuery().suspended().list().stream()
            .map(j -> j.getId()).collect(Collectors.toSet()));
  }

  /** From now on, {@link #afterRequest} tells what each request wrote to the operation log and the authorizations. */
  void watch() {
    logEntries = engine.getHistoryService().createUserOperationLogQuery().count();
    authorizations = engine.getAuthorizationService().createAuthorizationQuery().list().stream().map(Authorization::getId)
        .collect(Collectors.toCollection(HashSet::new));
  }

  /**
   * What this one request of a non-administrator brought about, read right after it so the request is
   * known: changes of clients they may not know (the user operation log names the user, the tenant and
   * the process instance of every change), and authorizations the engine granted because of it.
   */
  List<RestApiAttackFinding> afterRequest(User user, String request) {
    List<RestApiAttackFinding> findings = new ArrayList<>();
    long entries = engine.getHistoryService().createUserOperationLogQuery().count();
    if (entries > logEntries) {
      for (UserOperationLogEntry entry : engine.getHistoryService().createUserOperationLogQuery().orderByTimestamp().desc()
          .listPage(0, (int) (entries - logEntries))) {
        Ref client = entry.getProcessInstanceId() == null ? null : data.secrets().get(entry.getProcessInstanceId());
        boolean otherTenant = entry.getTenantId() != null && !user.tenants().contains(entry.getTenantId());
        boolean otherClient = client != null && !user.mayKnow(client);
        if (user.id().equals(entry.getUserId()) && (otherTenant || otherClient)) {
          // Camunda logs some operations on a process instance id without finding the instance: an ended one
          // then gets an entry in its audit trail, and nothing else changes.
          boolean ended = "ProcessInstance".equals(entry.getEntityType()) && engine.getRuntimeService()
              .createProcessInstanceQuery().processInstanceId(entry.getProcessInstanceId()).count() == 0;
          findings.add(finding("operation log", user.id() + " did " + entry.getOperationType() + " on "
                  + entry.getEntityType() + (entry.getProperty() == null ? "" : "." + entry.getProperty()) + " of "
                  + (client != null ? "journey '" + client.journey().name() + "' (" + client.tenant() + ")"
                  : "tenant " + entry.getTenantId()) + (ended ? ", an ended process instance" : "") + ", with " + request,
              user.kind() + (ended
                  ? " put an entry (" + entry.getOperationType() + ") in the audit trail of an ended process instance of a client they may not know"
                  : " changed " + entry.getEntityType() + " (" + entry.getOperationType() + ") of a client they may not know")));
        }
      }
      logEntries = entries;
    }
    long count = engine.getAuthorizationService().createAuthorizationQuery().count();
    if (count != authorizations.size()) {
      for (Authorization authorization : engine.getAuthorizationService().createAuthorizationQuery().list()) {
        if (authorizations.add(authorization.getId()) && !engineGrantOnOwnTask(authorization)) {
          boolean task = authorization.getResourceType() == Resources.TASK.resourceType();
          findings.add(finding("authorization", "new authorization " + describe(authorization) + ", after " + request,
              "new authorization" + (task ? " on a task, for a user or group outside the task's tenant" : "")
                  + " after a request of " + user.kind()));
        }
      }
    }
    return findings;
  }

  /** Everything that changed between the snapshots that the non-administrators may not bring about. */
  List<RestApiAttackFinding> compare(Snapshot before, Snapshot after, List<User> users) {
    List<RestApiAttackFinding> findings = new ArrayList<>();
    Map<String, User> byId = users.stream().collect(Collectors.toMap(User::id, u -> u));
    for (String admin : minus(after.admins(), before.admins())) {
      findings.add(finding("camunda-admin", admin + " became a member of camunda-admin", "new camunda-admin member"));
    }
    for (String user : minus(after.users(), before.users())) {
      findings.add(finding("user", "user " + user + " was created", "new user"));
    }
    for (String group : minus(after.groups(), before.groups())) {
      findings.add(finding("group", "group " + group + " was created", "new group"));
    }
    for (String tenant : minus(after.tenants(), before.tenants())) {
      findings.add(finding("tenant", "tenant " + tenant + " was created", "new tenant"));
    }
    for (String membership : minus(after.memberships(), before.memberships())) {
      findings.add(finding("membership", "new membership: " + membership, "new membership"));
    }
    for (String gone : minus(before.memberships(), after.memberships())) {
      findings.add(finding("membership", "membership removed: " + gone, "membership removed"));
    }
    for (String gone : minus(before.users(), after.users())) {
      findings.add(finding("user", "user " + gone + " was deleted", "user deleted"));
    }
    for (String gone : minus(before.groups(), after.groups())) {
      findings.add(finding("group", "group " + gone + " was deleted", "group deleted"));
    }
    for (String gone : minus(before.tenants(), after.tenants())) {
      findings.add(finding("tenant", "tenant " + gone + " was deleted", "tenant deleted"));
    }
    for (String id : minus(before.authorizations().keySet(), after.authorizations().keySet())) {
      findings.add(finding("authorization", "authorization removed: " + before.authorizations().get(id), "authorization removed"));
    }
    for (String deployment : minus(after.deployments(), before.deployments())) {
      List<UserOperationLogEntry> log = engine.getHistoryService().createUserOperationLogQuery().deploymentId(deployment)
          .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list();
      String by = log.isEmpty() ? null : log.get(0).getUserId();
      if (!"ontwerper".equals(by) && !"admin".equals(by)) {
        findings.add(finding("deployment", "deployment " + deployment + " created by " + by, "deployment by " + by));
      }
    }
    for (String gone : minus(before.deployments(), after.deployments())) {
      findings.add(finding("deployment", "deployment " + gone + " was deleted", "deployment deleted"));
    }
    Set<String> started = new HashSet<>(minus(after.rootInstances(), before.rootInstances()));
    for (Journey journey : register.findAll()) {
      if (!before.journeys().contains(journey.getId())) {
        started.add(journey.getProcessInstanceId());
      }
    }
    for (String id : started) {
      HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(id).singleResult();
      String problem = mayNotStart(instance, byId);
      if (problem != null) {
        findings.add(finding("journey", problem, "start by " + (instance == null ? "?" : instance.getStartUserId())
            + " at " + (instance == null ? "?" : instance.getStartActivityId())));
      }
    }
    after.tenantOf().forEach((object, tenant) -> {
      String was = before.tenantOf().get(object);
      if (was != null && !was.equals(tenant)) {
        findings.add(finding("tenant of an object", object + " moved from " + was + " to " + tenant, "object moved to another tenant"));
      }
    });
    for (String id : minus(after.suspendedDefinitions(), before.suspendedDefinitions())) {
      findings.add(finding("process definition", "process definition " + id + " was suspended", "model suspended"));
    }
    for (String id : minus(after.suspendedJobDefinitions(), before.suspendedJobDefinitions())) {
      findings.add(finding("job definition", "job definition " + id + " was suspended", "job definition suspended"));
    }
    return findings;
  }

  /**
   * Undoes what the attack changed in the identities and models other tests rely on (as far as it can):
   * new users, groups, tenants, memberships and authorizations go, removed memberships come back; suspended models and job definitions are
   * activated; deployments made during the attack are deleted.
   */
  void restore(Snapshot before) {
    var identity = engine.getIdentityService();
    Snapshot now = snapshot();
    for (String membership : minus(now.memberships(), before.memberships())) {
      String[] parts = membership.split(" ");
      if (membership.startsWith("group ")) {
        identity.deleteTenantGroupMembership(parts[4], parts[1]);
      } else if (parts[2].equals("group")) {
        identity.deleteMembership(parts[0], parts[3]);
      } else {
        identity.deleteTenantUserMembership(parts[3], parts[0]);
      }
    }
    for (String membership : minus(before.memberships(), now.memberships())) {
      String[] parts = membership.split(" ");
      if (membership.startsWith("group ")) {
        identity.createTenantGroupMembership(parts[4], parts[1]);
      } else if (parts[2].equals("group")) {
        identity.createMembership(parts[0], parts[3]);
      } else {
        identity.createTenantUserMembership(parts[3], parts[0]);
      }
    }
    minus(now.users(), before.users()).forEach(identity::deleteUser);
    minus(now.groups(), before.groups()).forEach(identity::deleteGroup);
    minus(now.tenants(), before.tenants()).forEach(identity::deleteTenant);
    for (String id : minus(now.authorizations().keySet(), before.authorizations().keySet())) {
      Authorization authorization = engine.getAuthorizationService().createAuthorizationQuery().authorizationId(id).singleResult();
      if (authorization != null && authorization.getResourceType() != Resources.TASK.resourceType()) {
        engine.getAuthorizationService().deleteAuthorization(id);
      }
    }
    minus(now.suspendedDefinitions(), before.suspendedDefinitions())
        .forEach(id -> engine.getRepositoryService().activateProcessDefinitionById(id, true, null));
    minus(now.suspendedJobDefinitions(), before.suspendedJobDefinitions())
        .forEach(id -> engine.getManagementService().activateJobDefinitionById(id, true));
    for (String deployment : minus(now.deployments(), before.deployments())) {
      engine.getRepositoryService().deleteDeployment(deployment, true, true, true);
    }
  }

  /** Camunda grants a task's assignee, owner and candidates rights on it: fine when they are in its tenant. */
  private boolean engineGrantOnOwnTask(Authorization authorization) {
    if (authorization.getResourceType() != Resources.TASK.resourceType()) {
      return false;
    }
    HistoricTaskInstance task = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskId(authorization.getResourceId()).singleResult();
    if (task == null || task.getTenantId() == null) {
      return false;
    }
    var tenants = engine.getIdentityService().createTenantQuery();
    if (authorization.getUserId() != null) {
      tenants.userMember(authorization.getUserId()).includingGroupsOfUser(true);
    } else {
      tenants.groupMember(authorization.getGroupId());
    }
    return tenants.list().stream().anyMatch(t -> t.getId().equals(task.getTenantId()));
  }

  /** Null when the start was allowed; otherwise what was wrong with it. */
  private static String mayNotStart(HistoricProcessInstance instance, Map<String, User> users) {
    if (instance == null) {
      return "a journey in the register has no process instance";
    }
    User user = users.get(instance.getStartUserId());
    String what = "process " + instance.getProcessDefinitionKey() + " (" + instance.getTenantId() + ", at "
        + instance.getStartActivityId() + ") started by " + instance.getStartUserId();
    if (user == null) {
      return instance.getSuperProcessInstanceId() == null ? what + ", who is not one of the attackers" : null;
    }
    if (user.admin()) {
      return null;
    }
    if (user.role() == Role.KLANTMANAGER && user.tenants().contains(instance.getTenantId())
        && !"StartEvent_Overgenomen".equals(instance.getStartActivityId())) {
      return null;
    }
    if (user.role() == Role.KOPPELING && UWV_START.contains(instance.getStartActivityId())) {
      return null;
    }
    return what + ", who may not start it";
  }

  private static RestApiAttackFinding finding(String what, String detail, String cause) {
    return new RestApiAttackFinding(Type.ESCALATION, what, "-", "-", 0, detail, "ESCALATION " + cause, detail);
  }

  private static String describe(Authorization a) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("type", a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT ? "grant" : "revoke/global");
    fields.put(a.getUserId() != null ? "user" : "group", a.getUserId() != null ? a.getUserId() : a.getGroupId());
    fields.put("resource", resourceName(a.getResourceType()) + "/" + a.getResourceId());
    fields.put("permissions", List.of(a.getPermissions(Permissions.values())));
    return fields.toString();
  }

  private static String resourceName(int type) {
    for (Resources resource : Resources.values()) {
      if (resource.resourceType() == type) {
        return resource.name();
      }
    }
    return String.valueOf(type);
  }

  private static <T> Set<T> minus(Set<T> a, Set<T> b) {
    Set<T> result = new HashSet<>(a);
    result.removeAll(b);
    return result;
  }
}
