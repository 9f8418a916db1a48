package nl.werkpad.region;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkpad.region.RegionsProperties.Municipality;
import nl.werkpad.region.RegionsProperties.Uitvoeringsorganisatie;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's tenants, groups and authorizations in step with the regions configuration, at every
 * start, in every mode. Three layers: role groups (klantmanagers, managers, trajectbegeleiders) carry
 * the authorizations; team groups (klantmanagers-0513, trajectbegeleiders-promen) are the candidate
 * groups of tasks; tenants (gm0513) decide whose clients are visible at all. An uitvoeringsorganisatie's
 * team is a member of the tenants of exactly the municipalities that refer to it: a municipality that
 * stops referring is removed. People are added to groups by the functional administrator (or the demo).
 */
@Component
public class TenantSync {

  public static final String KLANTMANAGERS = "klantmanagers";
  public static final String MANAGERS = "managers";
  public static final String TRAJECTBEGELEIDERS = "trajectbegeleiders";
  /** Systems that deliver messages (UWV's advice) over the REST API, for the tenants they are members of. */
  public static final String KOPPELINGEN = "koppelingen";
  /** Process designers: deploy changed models over the REST API (Camunda Modeler), and nothing more. */
  public static final String ONTWERPERS = "ontwerpers";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final Regions regions;

  public TenantSync(IdentityService identity, AuthorizationService authorizations, Regions regions) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.regions = regions;
  }

  @EventListener(PostDeployEvent.class)
  @Order(0)
  public void sync() {
    group(Groups.CAMUNDA_ADMIN, "Beheerders", Groups.GROUP_TYPE_SYSTEM);
    for (Resources resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
    group(KLANTMANAGERS, "Klantmanagers", Groups.GROUP_TYPE_WORKFLOW);
    group(MANAGERS, "Managers", Groups.GROUP_TYPE_WORKFLOW);
    group(TRAJECTBEGELEIDERS, "Trajectbegeleiders", Groups.GROUP_TYPE_WORKFLOW);
    group(KOPPELINGEN, "Koppelingen", Groups.GROUP_TYPE_WORKFLOW);
    group(ONTWERPERS, "Procesontwerpers", Groups.GROUP_TYPE_WORKFLOW);
    grantRoles();

    for (Municipality m : regions.municipalities()) {
      String tenant = Regions.tenantId(m.code());
      if (identity.createTenantQuery().tenantId(tenant).count() == 0) {
        Tenant created = identity.newTenant(tenant);
        created.setName("Gemeente " + m.name());
        identity.saveTenant(created);
      }
      team(Regions.klantmanagersGroup(m.code()), "Klantmanagers " + m.name(), Set.of(tenant));
      team(Regions.managersGroup(m.code()), "Managers " + m.name(), Set.of(tenant));
      if (m.inHouseTeam()) {
        team(Regions.trajectbegeleidersGroup(m.code(), Regions.GEMEENTE), "Trajectbegeleiders " + m.name(), Set.of(tenant));
      }
    }
    for (Uitvoeringsorganisatie o : regions.uitvoeringsorganisaties()) {
      team(Regions.trajectbegeleidersGroup(null, o.code()), "Trajectbegeleiders " + o.name(),
          regions.referringTo(o.code()).stream().map(m -> Regions.tenantId(m.code())).collect(Collectors.toSet()));
    }
  }

  private void grantRoles() {
    grant(KLANTMANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(KLANTMANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(KLANTMANAGERS, Resources.PROCESS_DEFINITION, "ClientJourney", Permissions.CREATE_INSTANCE);
    grant(KLANTMANAGERS, Resources.PROCESS_DEFINITION, "WswDienstverband", Permissions.CREATE_INSTANCE);
    grant(KLANTMANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);

    grant(MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
        Permissions.READ_INSTANCE, Permissions.READ_TASK);
    grant(MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(MANAGERS, Resources.TASK, ANY, Permissions.READ);
    grant(MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ);

    // Trajectbegeleiders read no instances: they see a client only through a task of their team.
    grant(TRAJECTBEGELEIDERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(TRAJECTBEGELEIDERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);

    // A koppeling delivers its messages, which their guards check in the engine (UwvAdviesMessageGuard) and
    // then correlate for it, or start a journey with (a self-requested UWV advice). It reads no journeys.
    grant(KOPPELINGEN, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(KOPPELINGEN, Resources.PROCESS_DEFINITION, "ClientJourney", Permissions.CREATE_INSTANCE);
    grant(KOPPELINGEN, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);

    // Designers deploy and see the models; no journeys, no tasks, no history, no clients.
    grant(ONTWERPERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
    grant(ONTWERPERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(ONTWERPERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(ONTWERPERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
  }

  /** A team group that is a member of exactly these tenants. */
  private void team(String groupId, String name, Set<String> tenants) {
    group(groupId, name, Groups.GROUP_TYPE_WORKFLOW);
    Set<String> current = identity.createTenantQuery().groupMember(groupId).list().stream()
        .map(Tenant::getId).collect(Collectors.toSet());
    tenants.stream().filter(t -> !current.contains(t)).forEach(t -> identity.createTenantGroupMembership(t, groupId));
    current.stream().filter(t -> !tenants.contains(t)).forEach(t -> identity.deleteTenantGroupMembership(t, groupId));
  }

  private void group(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  /** The group has exactly these permissions on the resource: what an earlier version granted more, goes. */
  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    Set<Permission> wanted = Set.of(permissions);
    boolean all = wanted.contains(Permissions.ALL);
    boolean exact = all ? authorization.isEveryPermissionGranted()
        : Arrays.stream(authorization.getPermissions(Permissions.values()))
            .filter(p -> p != Permissions.NONE && p != Permissions.ALL).collect(Collectors.toSet()).equals(wanted);
    if (!exact) {
      authorization.setPermissions(permissions);
      authorizations.saveAuthorization(authorization);
    }
  }
}
