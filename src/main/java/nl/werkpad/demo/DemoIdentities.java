package nl.werkpad.demo;

import nl.werkpad.region.Regions;
import nl.werkpad.region.RegionsProperties.Municipality;
import nl.werkpad.region.RegionsProperties.Uitvoeringsorganisatie;
import nl.werkpad.region.TenantSync;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The demo users of the contract, each in their role and team group; the groups, tenants and
 * authorizations themselves come from the regions configuration ({@link TenantSync}). Idempotent: a
 * restart adds what is missing and duplicates nothing.
 */
@Component
public class DemoIdentities {

  static final String PASSWORD = "demo";
  static final String UWV_KOPPELING = "uwv-koppeling";
  static final String ONTWERPER = "ontwerper";

  private final IdentityService identity;
  private final Regions regions;

  public DemoIdentities(IdentityService identity, Regions regions) {
    this.identity = identity;
    this.regions = regions;
  }

  public void create() {
    user("admin", "Beheerder", "Werkpad", Groups.CAMUNDA_ADMIN);
    for (Municipality m : regions.municipalities()) {
      user("km-" + m.account(), "Klantmanager", m.name(), TenantSync.KLANTMANAGERS, Regions.klantmanagersGroup(m.code()));
      user("mgr-" + m.account(), "Manager", m.name(), TenantSync.MANAGERS, Regions.managersGroup(m.code()));
      if (m.inHouseTeam()) {
        user("tb-" + m.account(), "Trajectbegeleider", m.name(), TenantSync.TRAJECTBEGELEIDERS,
            Regions.trajectbegeleidersGroup(m.code(), Regions.GEMEENTE));
      }
    }
    for (Uitvoeringsorganisatie o : regions.uitvoeringsorganisaties()) {
      user("tb-" + o.account(), "Trajectbegeleider", o.name(), TenantSync.TRAJECTBEGELEIDERS,
          Regions.trajectbegeleidersGroup(null, o.code()));
    }
    user(ONTWERPER, "Procesontwerper", "Werkpad", TenantSync.ONTWERPERS);
    // UWV's koppeling delivers advice for residents of every municipality.
    user(UWV_KOPPELING, "Koppeling", "UWV", TenantSync.KOPPELINGEN);
    for (Municipality m : regions.municipalities()) {
      String tenant = Regions.tenantId(m.code());
      if (identity.createTenantQuery().userMember(UWV_KOPPELING).tenantId(tenant).count() == 0) {
        identity.createTenantUserMembership(tenant, UWV_KOPPELING);
      }
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
}
