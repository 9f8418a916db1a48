package nl.werkpad.trajectory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import org.springframework.stereotype.Component;

/**
 * What happens in a trajectory, recorded per journey: its instruments, loonwaarde measurements,
 * evaluations and outcomes. Managers count from these, so they are written as it happens, not only
 * kept in process variables.
 */
@Component
public class TrajectRecords {

  private final JourneyRepository journeys;
  private final TrajectInstrumentRepository instruments;
  private final LoonwaardeMetingRepository loonwaarden;
  private final EvaluatieRepository evaluaties;
  private final TrajectUitkomstRepository uitkomsten;
  /** Every rule of the trajectory asks for the current instrument; one step asks up to seven times. */
  private final TransactionMemo<String, Optional<TrajectInstrument>> huidig = new TransactionMemo<>();

  TrajectRecords(JourneyRepository journeys, TrajectInstrumentRepository instruments,
      LoonwaardeMetingRepository loonwaarden, EvaluatieRepository evaluaties, TrajectUitkomstRepository uitkomsten) {
    this.journeys = journeys;
    this.instruments = instruments;
    this.loonwaarden = loonwaarden;
    this.evaluaties = evaluaties;
    this.uitkomsten = uitkomsten;
  }

  /** Starts an instrument; the one before it, if any, ends on that day. */
  void start(String journeyNumber, String uitvoerder, String instrument, LocalDate startdatum, String werkplek,
      boolean taaltraject, boolean loonkostensubsidie) {
    Journey journey = journey(journeyNumber);
    huidigInstrument(journeyNumber).ifPresent(previous -> previous.beeindig(startdatum));
    huidig.put(journeyNumber, Optional.of(instruments.save(new TrajectInstrument(journey.getId(),
        journey.getWoongemeente(), uitvoerder, instrument, startdatum, werkplek, taaltraject, loonkostensubsidie))));
  }

  /** The instrument the client is in now (the latest one). */
  public Optional<TrajectInstrument> huidigInstrument(String journeyNumber) {
    return huidig.get(journeyNumber, () -> instruments.findFirstByJourneyIdOrderByIdDesc(journey(journeyNumber).getId()));
  }

  public List<TrajectInstrument> instrumenten(String journeyNumber) {
    return instruments.findByJourneyIdOrderById(journey(journeyNumber).getId());
  }

  void verleng(String journeyNumber) {
    huidig(journeyNumber).verleng();
  }

  void scholingAangeboden(String journeyNumber, LocalDate op, String toelichting) {
    huidig(journeyNumber).scholingAangeboden(op, toelichting);
  }

  void loonwaarde(String journeyNumber, LocalDate op, int loonwaarde, String methode) {
    loonwaarden.save(new LoonwaardeMeting(journey(journeyNumber).getId(), op, loonwaarde, methode));
  }

  public Optional<LoonwaardeMeting> laatsteLoonwaarde(String journeyNumber) {
    return loonwaarden.findFirstByJourneyIdOrderByGemetenOpDescIdDesc(journey(journeyNumber).getId());
  }

  void evaluatie(String journeyNumber, LocalDate op, int trede, String doelenBehaald, boolean werkGevonden,
      String opmerkingen) {
    evaluaties.save(new Evaluatie(journey(journeyNumber).getId(), op, trede, doelenBehaald, werkGevonden, opmerkingen));
  }

  /** The proposal of the decision EvaluationOutcome, on the latest evaluation. */
  void voorstel(String journeyNumber, String voorstel, String reden) {
    laatsteEvaluatie(journeyNumber).orElseThrow().voorstel(voorstel, reden);
  }

  public Optional<Evaluatie> laatsteEvaluatie(String journeyNumber) {
    return evaluaties.findFirstByJourneyIdOrderByIdDesc(journey(journeyNumber).getId());
  }

  public List<Evaluatie> evaluaties(String journeyNumber) {
    return evaluaties.findByJourneyIdOrderById(journey(journeyNumber).getId());
  }

  /**
   * An outcome of the trajectory. Any outcome but a new plan ends the current instrument; a new plan
   * keeps it until the klantmanager's plan starts another.
   */
  void uitkomst(String journeyNumber, String uitvoerder, LocalDate op, String uitkomst, String reden, String toelichting) {
    Journey journey = journey(journeyNumber);
    uitkomsten.save(new TrajectUitkomst(journey.getId(), journey.getWoongemeente(), uitvoerder, op, uitkomst, reden,
        toelichting));
    if (!TrajectSteps.NIEUW_PLAN.equals(uitkomst)) {
      huidigInstrument(journeyNumber).ifPresent(current -> current.beeindig(op));
    }
  }

  public List<TrajectUitkomst> uitkomsten(String journeyNumber) {
    return uitkomsten.findByJourneyIdOrderById(journey(journeyNumber).getId());
  }

  private TrajectInstrument huidig(String journeyNumber) {
    return huidigInstrument(journeyNumber)
        .orElseThrow(() -> new IllegalStateException("Klantreis " + journeyNumber + " heeft geen instrument"));
  }

  private Journey journey(String journeyNumber) {
    return journeys.findByNumber(journeyNumber)
        .orElseThrow(() -> new IllegalStateException("Geen klantreis " + journeyNumber));
  }
}
