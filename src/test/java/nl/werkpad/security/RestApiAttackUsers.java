package nl.werkpad.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkpad.security.RestApiAttackData.Journey;
import nl.werkpad.security.RestApiAttackData.Ref;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * The attackers, one of every kind, and the doors they knock on. Who may know which journey is the
 * README's table: a klantmanager or manager the clients of their municipality, a trajectbegeleider
 * the clients referred to their team, a designer and a koppeling none, an administrator all.
 */
final class RestApiAttackUsers {

  enum Role { KLANTMANAGER, MANAGER, TRAJECTBEGELEIDER, KOPPELING, ONTWERPER, ADMIN }

  /** {@code webapp}: the app the user logs in to for the webapps' API, or null without webapp access. */
  record User(String id, Role role, String webapp, Set<String> tenants, Set<String> groups) {

    boolean admin() {
      return role == Role.ADMIN;
    }

    /** May this user learn that the journey exists, and its data? */
    boolean mayKnow(Journey journey) {
      return switch (role) {
        case ADMIN -> true;
        case KLANTMANAGER, MANAGER -> tenants.contains(journey.tenant());
        case TRAJECTBEGELEIDER -> journey.referredTo() != null && groups.contains(journey.referredTo());
        case KOPPELING, ONTWERPER -> false;
      };
    }

    /** May this user know the object: a journey's by the journey, a tenant's by membership, a shared one always. */
    boolean mayKnow(Ref ref) {
      if (admin() || !ref.tenantOwned()) {
        return true;
      }
      return ref.journey() != null ? mayKnow(ref.journey()) : tenants.contains(ref.tenant());
    }

    /** "a klantmanager", "an ontwerper": how findings name the kind of user. */
    String kind() {
      String role = this.role.name().toLowerCase();
      return ("aeiou".indexOf(role.charAt(0)) >= 0 ? "an " : "a ") + role;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** The three doors to one engine resource: the REST API twice, and the webapps' API with a session. */
  enum PathVariant {
    REST("/engine-rest"), ENGINE("/engine-rest/engine/default"), WEBAPP("/camunda/api/engine/engine/default");

    final String prefix;

    PathVariant(String prefix) {
      this.prefix = prefix;
    }

    String label() {
      return name().toLowerCase();
    }
  }

  private static final List<Object[]> USERS = List.of(
      new Object[] {"km-gouda", Role.KLANTMANAGER, "tasklist"},
      new Object[] {"mgr-gouda", Role.MANAGER, "cockpit"},
      new Object[] {"tb-promen", Role.TRAJECTBEGELEIDER, "tasklist"},
      new Object[] {"uwv-koppeling", Role.KOPPELING, null},
      new Object[] {"ontwerper", Role.ONTWERPER, null},
      new Object[] {"admin", Role.ADMIN, "cockpit"});

  private RestApiAttackUsers() {}

  static List<String> ids() {
    return USERS.stream().map(u -> (String) u[0]).toList();
  }

  /** The users with their tenants and groups as the engine has them now. */
  static List<User> load(IdentityService identity) {
    return USERS.stream().map(u -> {
      String id = (String) u[0];
      Set<String> tenants = identity.createTenantQuery().userMember(id).includingGroupsOfUser(true).list().stream()
          .map(Tenant::getId).collect(Collectors.toSet());
      Set<String> groups = identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId)
          .collect(Collectors.toSet());
      return new User(id, (Role) u[1], (String) u[2], tenants, groups);
    }).toList();
  }
}
