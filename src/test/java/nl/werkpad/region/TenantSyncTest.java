package nl.werkpad.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.werkpad.support.ApplicationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tenants and team memberships follow the regions configuration, also when they drifted from it. */
@ApplicationTest
class TenantSyncTest {

  @Autowired TenantSync sync;
  @Autowired IdentityService identity;

  @Test
  void everyMunicipalityHasItsTenantAndTeams() {
    assertThat(identity.createTenantQuery().count()).isEqualTo(20);
    assertThat(tenantsOf("klantmanagers-0513")).containsExactly("gm0513");
    assertThat(tenantsOf("trajectbegeleiders-0484")).containsExactly("gm0484");
    assertThat(tenantsOf("trajectbegeleiders-0736")).containsExactly("gm0736");
    assertThat(tenantsOf("trajectbegeleiders-promen"))
        .containsExactlyInAnyOrder("gm0513", "gm0484", "gm0502", "gm0542", "gm1931", "gm0627", "gm1892");
    assertThat(tenantsOf("trajectbegeleiders-werkbaanoost")).containsExactlyInAnyOrder("gm1859", "gm1586", "gm0294");
  }

  @Test
  void membershipsThatDriftedAreBroughtBackInStep() {
    identity.createTenantGroupMembership("gm0736", "trajectbegeleiders-promen");
    identity.deleteTenantGroupMembership("gm0513", "trajectbegeleiders-promen");
    sync.sync();
    assertThat(tenantsOf("trajectbegeleiders-promen")).contains("gm0513").doesNotContain("gm0736");
  }

  private List<String> tenantsOf(String group) {
    return identity.createTenantQuery().groupMember(group).list().stream().map(Tenant::getId).toList();
  }
}
