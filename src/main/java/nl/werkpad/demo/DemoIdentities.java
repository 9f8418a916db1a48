package nl.werkpad.demo;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import nl.werkpad.region.Regions;
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
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The demo users of the contract, their groups and tenants, and what each role may do. Three layers:
 * role groups (klantmanagers, managers, trajectbegeleiders) carry the authorizations; team groups
 * (klantmanagers-0513) are the candidate groups of tasks; tenants (gm0513) decide whose clients are
 * visible at all. Idempotent: a restart adds what is missing and duplicates nothing.
 */
@Component
public class DemoIdentities {

  static final String PASSWORD = "demo";
  public static final String KLANTMANAGERS = "klantmanagers";
  public static final String MANAGERS = "managers";
  public static final String TRAJECTBEGELEIDERS = "trajectbegeleiders";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final Regions regions;

  public DemoIdentities(IdentityService identity, AuthorizationService authorizations, Regions regions) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.regions = regions;
  }

  public void create() {
    group(Groups.CAMUNDA_ADMIN, "Beheerders", Groups.GROUP_TYPE_SYSTEM);
    user("admin", "Beheerder", "Werkpad", Groups.CAMUNDA_ADMIN);
    for (Resources resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }

    group(KLANTMANAGERS, "Klantmanagers", Groups.GROUP_TYPE_WORKFLOW);
    group(MANAGERS, "Managers", Groups.GROUP_TYPE_WORKFLOW);
    group(TRAJECTBEGELEIDERS, "Trajectbegeleiders", Groups.GROUP_TYPE_WORKFLOW);
    grantRoles();

    for (Municipality m : regions.municipalities()) {
      String tenant = Regions.tenantId(m.code());
      if (identity.createTenantQuery().tenantId(tenant).count() == 0) {
        identity.saveTenant(named(identity.newTenant(tenant), "Gemeente " + m.name()));
      }
      team(tenant, Regions.klantmanagersGroup(m.code()), "Klantmanagers " + m.name());
      team(tenant, Regions.managersGroup(m.code()), "Managers " + m.name());
      user("km-" + m.account(), "Klantmanager", m.name(), KLANTMANAGERS, Regions.klantmanagersGroup(m.code()));
      user("mgr-" + m.account(), "Manager", m.name(), MANAGERS, Regions.managersGroup(m.code()));
      if (m.inHouseTeam()) {
        String team = Regions.trajectbegeleidersGroup(m.code(), Regions.GEMEENTE);
        team(tenant, team, "Trajectbegeleiders " + m.name());
        user("tb-" + m.account(), "Trajectbegeleider", m.name(), TRAJECTBEGELEIDERS, team);
      }
    }
    for (Uitvoeringsorganisatie o : regions.uitvoeringsorganisaties()) {
      String team = Regions.trajectbegeleidersGroup(null, o.code());
      group(team, "Trajectbegeleiders " + o.name(), Groups.GROUP_TYPE_WORKFLOW);
      // Members see the tenants of the municipalities that refer to them; a task's candidate group
      // then decides which of those clients they actually get to see.
      regions.referringTo(o.code()).forEach(m -> tenantMembership(Regions.tenantId(m.code()), team));
      user("tb-" + o.account(), "Trajectbegeleider", o.name(), TRAJECTBEGELEIDERS, team);
    }
  }

  private void grantRoles() {
    grant(KLANTMANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(KLANTMANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(KLANTMANAGERS, Resources.PROCESS_DEFINITION, "ClientJourney", Permissions.CREATE_INSTANCE);
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
  }

  private void team(String tenant, String groupId, String name) {
    group(groupId, name, Groups.GROUP_TYPE_WORKFLOW);
    tenantMembership(tenant, groupId);
  }

  private void tenantMembership(String tenant, String groupId) {
    if (identity.createTenantQuery().tenantId(tenant).groupMember(groupId).count() == 0) {
      identity.createTenantGroupMembership(tenant, groupId);
    }
  }

  private void group(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void user(String id, String firstName, String lastName, String... groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@demo.werkpad.nl");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
  }

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
    boolean missing = Arrays.stream(permissions).anyMatch(p -> !authorization.isPermissionGranted(p));
    if (missing) {
      Arrays.stream(permissions).forEach(authorization::addPermission);
      authorizations.saveAuthorization(authorization);
    }
  }

  private static org.camunda.bpm.engine.identity.Tenant named(org.camunda.bpm.engine.identity.Tenant tenant, String name) {
    tenant.setName(name);
    return tenant;
  }
}
