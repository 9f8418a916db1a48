package nl.werkpad.meting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.meting.LadderMeting.Bron;
import org.springframework.stereotype.Component;

/**
 * Every participatieladder measurement of a client, recorded per journey and date: the figures of
 * "meten". Measured at the brede intake and at each evaluation, at least twice a year.
 */
@Component("ladderMetingen")
public class Participatieladder {

  private final LadderMetingRepository metingen;
  private final JourneyRepository journeys;

  Participatieladder(LadderMetingRepository metingen, JourneyRepository journeys) {
    this.metingen = metingen;
    this.journeys = journeys;
  }

  public void meet(String journeyNumber, LocalDate op, int trede, Bron bron) {
    Journey journey = journeys.findByNumber(journeyNumber)
        .orElseThrow(() -> new IllegalStateException("Geen klantreis " + journeyNumber));
    metingen.save(new LadderMeting(journey.getId(), journey.getWoongemeente(), op, trede, bron));
  }

  /** The measurements of a journey, oldest first. */
  public List<LadderMeting> metingen(String journeyNumber) {
    return journeys.findByNumber(journeyNumber)
        .map(journey -> metingen.findByJourneyIdOrderByGemetenOpAscIdAsc(journey.getId()))
        .orElse(List.of());
  }

  /**
   * Whole months since the client last went up the ladder (or since {@code sinds}, when later): how
   * long there has been no progress.
   */
  public long maandenZonderVoortgang(String journeyNumber, LocalDate sinds, LocalDate vandaag) {
    List<LadderMeting> all = metingen(journeyNumber);
    LocalDate lastRise = sinds;
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).getTrede() > all.get(i - 1).getTrede() && all.get(i).getGemetenOp().isAfter(lastRise)) {
        lastRise = all.get(i).getGemetenOp();
      }
    }
    return ChronoUnit.MONTHS.between(lastRise, vandaag);
  }
}
