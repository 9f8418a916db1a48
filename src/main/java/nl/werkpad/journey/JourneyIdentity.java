package nl.werkpad.journey;

import java.util.Set;
import nl.werkpad.kernel.ProtectedVariables;
import nl.werkpad.modellen.ModelVersies;
import org.springframework.stereotype.Component;

/**
 * Who and where a journey is: the person, the woongemeente, whether it was taken over, and what Werkpad
 * gives it at its start (its number, the municipality's name, the model versions). A start brings the
 * first three; after that only Werkpad writes them (a corrected BSN is the step "Persoon niet gevonden").
 */
@Component
class JourneyIdentity implements ProtectedVariables.Owner {

  private static final Set<String> START_INPUTS =
      Set.of(JourneyVariables.BSN, JourneyVariables.WOONGEMEENTE, JourneyLifecycle.OVERNAME);

  @Override
  public Set<String> protectedVariables() {
    return Set.of(JourneyVariables.BSN, JourneyVariables.WOONGEMEENTE, JourneyLifecycle.OVERNAME,
        JourneyLifecycle.KLANTREISNUMMER, JourneyLifecycle.WOONGEMEENTE_NAAM, ModelVersies.VARIABLE);
  }

  @Override
  public Set<String> startInputs() {
    return START_INPUTS;
  }
}
