package nl.werkpad.journey;

import static nl.werkpad.journey.RejectedInputException.Reason.FORBIDDEN;
import static nl.werkpad.journey.RejectedInputException.Reason.INVALID_INPUT;

import java.util.List;
import java.util.Map;
import nl.werkpad.person.Bsn;
import nl.werkpad.region.Regions;
import nl.werkpad.region.RegionsProperties.Municipality;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Decides whether a new journey may start, and for which municipality. Runs inside the engine's start
 * command, so a refusal creates nothing.
 */
@Component
public class JourneyStartPolicy {

  private final Regions regions;
  private final IdentityService identityService;

  public JourneyStartPolicy(Regions regions, @Lazy IdentityService identityService) {
    this.regions = regions;
    this.identityService = identityService;
  }

  /**
   * @return the CBS code of the woongemeente; when the start left it empty, the municipality of the
   *     starting user (a klantmanager belongs to exactly one)
   * @throws RejectedInputException with a Dutch message that never holds the BSN
   */
  public String municipalityFor(Map<String, Object> variables) {
    Object bsn = variables.get(JourneyVariables.BSN);
    if (!(bsn instanceof String text) || !Bsn.isValid(text)) {
      throw new RejectedInputException(INVALID_INPUT, Bsn.INVALID);
    }
    Authentication user = identityService.getCurrentAuthentication();
    Object given = variables.get(JourneyVariables.WOONGEMEENTE);
    String code = given == null || (given instanceof String s && s.isBlank())
        ? ownMunicipality(user)
        : checkedCode(given);
    if (user != null && !isAdmin(user) && !tenants(user).contains(Regions.tenantId(code))) {
      String name = regions.municipality(code).map(Municipality::name).orElse(code);
      throw new RejectedInputException(FORBIDDEN,
          "Je werkt niet voor gemeente " + name + " (" + code + ") en kunt daar geen klantreis starten.");
    }
    return code;
  }

  private String checkedCode(Object given) {
    if (!(given instanceof String code) || !code.matches("\\d{4}")) {
      throw new RejectedInputException(INVALID_INPUT,
          "De woongemeente moet een CBS-gemeentecode van vier cijfers zijn, bijvoorbeeld 0513 voor Gouda.");
    }
    if (regions.municipality(code).isEmpty()) {
      throw new RejectedInputException(INVALID_INPUT,
          "Gemeente " + code + " is onbekend: deze gemeente werkt niet met Werkpad.");
    }
    return code;
  }

  private String ownMunicipality(Authentication user) {
    List<String> own = user == null ? List.of() : tenants(user).stream()
        .map(Regions::municipalityCode)
        .flatMap(java.util.Optional::stream)
        .toList();
    if (own.size() != 1) {
      throw new RejectedInputException(INVALID_INPUT,
          "Geef de woongemeente op: de CBS-gemeentecode van vier cijfers.");
    }
    return own.get(0);
  }

  private static List<String> tenants(Authentication user) {
    return user.getTenantIds() == null ? List.of() : user.getTenantIds();
  }

  private static boolean isAdmin(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }
}
