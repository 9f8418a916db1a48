package nl.werkpad.journey;

import static nl.werkpad.journey.RejectedInputException.Reason.ALREADY_ACTIVE;

import java.time.Clock;
import nl.werkpad.kernel.ModelApi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Changes to a running journey's record that steps of the journey make. Also the models' stage marker:
 * {@code ${journeyRecords.fase(execution, 'TRAJECT')}} on the start of each stage.
 */
@Component("journeyRecords")
public class JourneyRecords {

  private final JourneyRepository journeys;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  JourneyRecords(JourneyRepository journeys, Clock clock, ApplicationEventPublisher events) {
    this.journeys = journeys;
    this.clock = clock;
    this.events = events;
  }

  /** The klantmanager corrected a BSN the registry did not know; the person may not have another journey. */
  public void correctBsn(String journeyNumber, String bsn) {
    Journey journey = journeys.findByNumber(journeyNumber).orElseThrow();
    journeys.findByActiveBsn(bsn).filter(other -> !other.getId().equals(journey.getId())).ifPresent(other -> {
      throw new RejectedInputException(ALREADY_ACTIVE,
          "Voor deze persoon loopt al een andere klantreis; pas het BSN aan of stop deze klantreis.");
    });
    journey.correctBsn(bsn);
    try {
      journeys.flush();
    } catch (DataIntegrityViolationException simultaneous) {
      throw new RejectedInputException(ALREADY_ACTIVE,
          "Voor deze persoon is zojuist een andere klantreis gestart; pas het BSN aan of stop deze klantreis.");
    }
  }

  /**
   * A user acted on the journey (started it, completed a task, sent a message): the steps Werkpad takes
   * afterwards, on its own, act on their behalf and within that request's trace.
   */
  public void gehandeld(Journey journey, String actor, String trace) {
    if (actor != null && !(actor.equals(journey.getLaatsteActor()) && trace.equals(journey.getLaatsteTrace()))) {
      journey.gehandeld(actor, trace);
    }
  }

  /** The journey enters a stage: what managers count as "in each stage now". */
  @ModelApi
  public void fase(DelegateExecution execution, String fase) {
    journeys.findByNumber(execution.getProcessBusinessKey()).ifPresent(journey -> journey.fase(fase, clock.instant()));
  }

  /** Ends the journey before its process does, so the person can start a journey elsewhere at once. */
  public void endNow(String journeyNumber, String uitkomst) {
    Journey journey = journeys.findByNumber(journeyNumber).orElseThrow();
    journey.end(uitkomst, clock.instant());
    journeys.flush();
    events.publishEvent(new JourneyEnded(journey.getId(), journeyNumber, journey.getWoongemeente(), uitkomst, false));
  }
}
