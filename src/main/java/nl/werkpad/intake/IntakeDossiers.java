package nl.werkpad.intake;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import org.springframework.stereotype.Component;

/** Reads and updates the intake dossier of a journey, found by its journey number. */
@Component
public class IntakeDossiers {

  private final IntakeDossierRepository dossiers;
  private final JourneyRepository journeys;
  private final Clock clock;

  IntakeDossiers(IntakeDossierRepository dossiers, JourneyRepository journeys, Clock clock) {
    this.dossiers = dossiers;
    this.journeys = journeys;
    this.clock = clock;
  }

  public Optional<IntakeDossier> find(String journeyNumber) {
    return journeys.findByNumber(journeyNumber).map(Journey::getId).flatMap(dossiers::findById);
  }

  /** The first plan van aanpak is set: the lead time from the aanmelding counts until now. */
  void planVastgesteld(String journeyNumber) {
    Journey journey = journeys.findByNumber(journeyNumber).orElseThrow();
    update(journeyNumber, dossier -> dossier.planVastgesteld(journey.getStartedAt(), clock.instant()));
  }

  /** Applies a change to the journey's dossier, creating it on first use. */
  void update(String journeyNumber, Consumer<IntakeDossier> change) {
    Long journeyId = journeys.findByNumber(journeyNumber)
        .orElseThrow(() -> new IllegalStateException("Geen klantreis " + journeyNumber))
        .getId();
    IntakeDossier dossier = dossiers.findById(journeyId).orElseGet(() -> new IntakeDossier(journeyId));
    change.accept(dossier);
    dossier.touched(clock.instant());
    dossiers.save(dossier);
  }
}
