package nl.werkpad.wsw;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import org.springframework.stereotype.Component;

/** The Wsw dienstverband of a journey, its work forms and herindicaties, as they happen. */
@Component
public class WswRecords {

  private final JourneyRepository journeys;
  private final WswDienstverbandRepository dienstverbanden;
  private final WswWerkvormRepository werkvormen;
  private final WswHerindicatieRepository herindicaties;

  WswRecords(JourneyRepository journeys, WswDienstverbandRepository dienstverbanden, WswWerkvormRepository werkvormen,
      WswHerindicatieRepository herindicaties) {
    this.journeys = journeys;
    this.dienstverbanden = dienstverbanden;
    this.werkvormen = werkvormen;
    this.herindicaties = herindicaties;
  }

  void start(String journeyNumber, String categorie, LocalDate indicatieEinddatum, String werkvorm, String werkgever,
      LocalDate ingangsdatum, LocalDate vandaag) {
    Journey journey = journey(journeyNumber);
    dienstverbanden.save(new WswDienstverband(journey.getId(), journey.getWoongemeente(), categorie, indicatieEinddatum,
        werkvorm, werkgever, ingangsdatum));
    werkvormen.save(new WswWerkvorm(journey.getId(), werkvorm, werkgever, ingangsdatum == null ? vandaag : ingangsdatum));
  }

  public Optional<WswDienstverband> find(String journeyNumber) {
    return journeys.findByNumber(journeyNumber).map(Journey::getId).flatMap(dienstverbanden::findById);
  }

  void uitvoerder(String journeyNumber, String uitvoerder) {
    dienstverband(journeyNumber).uitvoerder(uitvoerder);
  }

  void werkvorm(String journeyNumber, String werkvorm, String werkgever, LocalDate vanaf) {
    Journey journey = journey(journeyNumber);
    dienstverband(journeyNumber).werkvorm(werkvorm, werkgever);
    werkvormen.save(new WswWerkvorm(journey.getId(), werkvorm, werkgever, vanaf));
  }

  public List<WswWerkvorm> werkvormen(String journeyNumber) {
    return werkvormen.findByJourneyIdOrderByVanafAscIdAsc(journey(journeyNumber).getId());
  }

  /** A herindicatie is requested for the indication as it stands. */
  void herindicatieGevraagd(String journeyNumber) {
    herindicaties.save(new WswHerindicatie(journey(journeyNumber).getId(),
        dienstverband(journeyNumber).getIndicatieEinddatum()));
  }

  void herindicatieVerstuurd(String journeyNumber, LocalDate op) {
    laatsteHerindicatie(journeyNumber).aangevraagd(op);
  }

  /** UWV's answer; a continued indication gets its new end date and category. */
  void herindicatieBesluit(String journeyNumber, String besluit, LocalDate datum, LocalDate nieuweEinddatum,
      String categorie) {
    laatsteHerindicatie(journeyNumber).besluit(besluit, datum, nieuweEinddatum, categorie);
    if (nieuweEinddatum != null) {
      dienstverband(journeyNumber).indicatie(categorie, nieuweEinddatum);
    }
  }

  public List<WswHerindicatie> herindicaties(String journeyNumber) {
    return herindicaties.findByJourneyIdOrderById(journey(journeyNumber).getId());
  }

  void beeindigd(String journeyNumber, LocalDate op, String reden) {
    dienstverband(journeyNumber).beeindigd(op, reden);
  }

  WswDienstverband dienstverband(String journeyNumber) {
    return find(journeyNumber)
        .orElseThrow(() -> new IllegalStateException("Geen Wsw-dienstverband bij " + journeyNumber));
  }

  private WswHerindicatie laatsteHerindicatie(String journeyNumber) {
    return herindicaties.findFirstByJourneyIdOrderByIdDesc(journey(journeyNumber).getId())
        .orElseThrow(() -> new IllegalStateException("Geen herindicatie bij " + journeyNumber));
  }

  private Journey journey(String journeyNumber) {
    return journeys.findByNumber(journeyNumber)
        .orElseThrow(() -> new IllegalStateException("Geen dienstverband " + journeyNumber));
  }
}
