package nl.werkpad.zaak;

import java.util.Optional;
import nl.werkpad.zaak.CaseRegistry.Zaak;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The journey's zaak as process variables: the number case workers see, and where it lives. */
public final class ZaakVariables {

  public static final String ZAAKNUMMER = "zaaknummer";
  static final String ZAAK_URL = "zaakUrl";
  static final String ZAAK_ORGANISATIE = "zaakOrganisatie";

  private ZaakVariables() {}

  public static void store(VariableScope scope, Zaak zaak) {
    scope.setVariable(ZAAKNUMMER, zaak.identificatie());
    scope.setVariable(ZAAK_URL, zaak.url());
    scope.setVariable(ZAAK_ORGANISATIE, zaak.organisation());
  }

  /** The zaak, or empty when the journey stopped before one was made. */
  public static Optional<Zaak> of(VariableScope scope) {
    Object url = scope.getVariable(ZAAK_URL);
    return url == null
        ? Optional.empty()
        : Optional.of(new Zaak((String) scope.getVariable(ZAAKNUMMER), (String) url,
            (String) scope.getVariable(ZAAK_ORGANISATIE)));
  }
}
