package nl.werkpad.cijfers;

import java.util.List;
import nl.werkpad.region.Regions;
import nl.werkpad.region.RegionsProperties.Municipality;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whose figures a user may see: a manager those of the municipalities whose tenant they belong to, an
 * administrator all. Only users with access to Cockpit see figures at all (case workers work in Tasklist).
 */
@Component
public class CijfersToegang {

  private final Regions regions;
  private final AuthorizationService authorizations;

  CijfersToegang(Regions regions, AuthorizationService authorizations) {
    this.regions = regions;
    this.authorizations = authorizations;
  }

  /** The municipalities whose figures this user may see, in the order of the configuration. */
  public List<Municipality> gemeenten(Authentication user) {
    if (user == null) {
      return List.of();
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return regions.municipalities();
    }
    if (!authorizations.isUserAuthorized(user.getUserId(), groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit")) {
      return List.of();
    }
    List<String> tenants = user.getTenantIds() == null ? List.of() : user.getTenantIds();
    return regions.municipalities().stream().filter(m -> tenants.contains(Regions.tenantId(m.code()))).toList();
  }
}
