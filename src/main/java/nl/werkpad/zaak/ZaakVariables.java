package nl.werkpad.zaak;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.werkpad.kernel.ProtectedVariables;
import nl.werkpad.zaak.CaseRegistry.Zaak;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The journey's zaak as process variables: the number case workers see, and where it lives. */
public final class ZaakVariables {

  public static final String ZAAKNUMMER = "zaaknummer";
  static final String ZAAK_URL = "zaakUrl";
  static final String ZAAK_ORGANISATIE = "zaakOrganisatie";
  private static final String[] FIELDS = {ZAAKNUMMER, ZAAK_URL, ZAAK_ORGANISATIE};
  /** The uitvoeringsorganisatie's own zaak of the journey goes by these names with this prefix. */
  public static final String UITVOERDER = "uitvoerder";
  /** Every variable of the journey's zaken, the municipality's and the uitvoerder's. */
  static final Set<String> NAMES = Stream.of("", UITVOERDER)
      .flatMap(prefix -> Stream.of(FIELDS).map(field -> name(prefix, field))).collect(Collectors.toUnmodifiableSet());

  private ZaakVariables() {}

  /** Which zaak a journey's steps act on is Werkpad's to say: a changed zaakUrl would send them elsewhere. */
  @Component
  static class Protection implements ProtectedVariables.Owner {
    @Override
    public Set<String> protectedVariables() {
      return NAMES;
    }
  }

  public static void store(VariableScope scope, Zaak zaak) {
    store(scope, "", zaak);
  }

  /** With a prefix, e.g. {@link #UITVOERDER}: uitvoerderZaaknummer, uitvoerderZaakUrl, ... */
  public static void store(VariableScope scope, String prefix, Zaak zaak) {
    ProtectedVariables.write(() -> {
      scope.setVariable(name(prefix, ZAAKNUMMER), zaak.identificatie());
      scope.setVariable(name(prefix, ZAAK_URL), zaak.url());
      scope.setVariable(name(prefix, ZAAK_ORGANISATIE), zaak.organisation());
    });
  }

  /** The journey's zaken, the municipality's and the uitvoerder's, as one scope has them, into another. */
  public static void copy(VariableScope from, VariableScope to) {
    ProtectedVariables.write(() -> {
      for (String name : NAMES) {
        Object value = from.getVariable(name);
        if (value != null) {
          to.setVariable(name, value);
        }
      }
    });
  }

  /** Forgets the zaak with this prefix (it was closed and is no longer the journey's). */
  public static void clear(VariableScope scope, String prefix) {
    ProtectedVariables.write(() -> {
      for (String variable : FIELDS) {
        scope.setVariable(name(prefix, variable), null);
      }
    });
  }

  /** The zaak, or empty when the journey stopped before one was made. */
  public static Optional<Zaak> of(VariableScope scope) {
    return of(scope, "");
  }

  public static Optional<Zaak> of(VariableScope scope, String prefix) {
    Object url = scope.getVariable(name(prefix, ZAAK_URL));
    return url == null
        ? Optional.empty()
        : Optional.of(new Zaak((String) scope.getVariable(name(prefix, ZAAKNUMMER)), (String) url,
            (String) scope.getVariable(name(prefix, ZAAK_ORGANISATIE))));
  }

  private static String name(String prefix, String variable) {
    return prefix.isEmpty() ? variable : prefix + Character.toUpperCase(variable.charAt(0)) + variable.substring(1);
  }
}
