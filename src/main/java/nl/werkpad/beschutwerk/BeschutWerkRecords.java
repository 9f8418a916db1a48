package nl.werkpad.beschutwerk;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import nl.werkpad.beschutwerk.BeschutWerkDossier.Status;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyEnded;
import nl.werkpad.journey.JourneyRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Reads and changes the beschut werk record of a journey, found by its journey number. */
@Component
public class BeschutWerkRecords {

  /** The outcome of a journey whose client works in beschut werk: the place stays taken. */
  static final String UITKOMST_BESCHUT_WERK = "BESCHUT_WERK";

  private final BeschutWerkDossierRepository dossiers;
  private final JourneyRepository journeys;
  private final Clock clock;

  BeschutWerkRecords(BeschutWerkDossierRepository dossiers, JourneyRepository journeys, Clock clock) {
    this.dossiers = dossiers;
    this.journeys = journeys;
    this.clock = clock;
  }

  public Optional<BeschutWerkDossier> find(String journeyNumber) {
    return journeys.findByNumber(journeyNumber).map(Journey::getId).flatMap(dossiers::findById);
  }

  /** Applies a change to the journey's record, creating it on first use. */
  BeschutWerkDossier update(String journeyNumber, Consumer<BeschutWerkDossier> change) {
    Journey journey = journeys.findByNumber(journeyNumber)
        .orElseThrow(() -> new IllegalStateException("Geen klantreis " + journeyNumber));
    BeschutWerkDossier dossier = dossiers.findById(journey.getId())
        .orElseGet(() -> new BeschutWerkDossier(journey.getId(), journey.getWoongemeente()));
    change.accept(dossier);
    dossier.touched(clock.instant());
    return dossiers.saveAndFlush(dossier);
  }

  /**
   * A journey that ends without its client working in beschut werk frees the place it was granted, and
   * leaves the waiting list: the next one in line gets the place.
   */
  @EventListener
  void journeyEnded(JourneyEnded ended) {
    dossiers.findById(ended.journeyId())
        .filter(d -> d.getStatus() == Status.WACHTLIJST
            || d.getStatus() == Status.TOEGEKEND && !UITKOMST_BESCHUT_WERK.equals(ended.uitkomst()))
        .ifPresent(d -> {
          d.vervallen();
          d.touched(clock.instant());
        });
  }
}
