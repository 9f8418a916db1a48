package nl.werkpad.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Component;

/**
 * The timings of each referral ({@code ${verwijzingVastleggen}}): on "Aanmelding beoordelen" when it
 * starts (referred) and completes (assessed), and on its term passing; the trajectory's start is recorded
 * by the trajectory.
 */
@Component("verwijzingVastleggen")
public class ReferralRecords implements ExecutionListener, TaskListener {

  private final VerwijzingRepository verwijzingen;
  private final JourneyRepository journeys;
  private final ReferralDeadline deadline;
  private final Clock clock;

  ReferralRecords(VerwijzingRepository verwijzingen, JourneyRepository journeys, ReferralDeadline deadline, Clock clock) {
    this.verwijzingen = verwijzingen;
    this.journeys = journeys;
    this.deadline = deadline;
    this.clock = clock;
  }

  /** Referred when the assessment starts; the term passed when its timer fires. */
  @Override
  public void notify(DelegateExecution execution) {
    // A referral outside a journey (started by hand in Cockpit) has nothing to record.
    journeys.findByNumber(execution.getProcessBusinessKey()).ifPresent(journey -> {
      if (execution.getBpmnModelElementInstance() instanceof BoundaryEvent) {
        verwijzingen.findFirstByJourneyIdOrderByIdDesc(journey.getId()).ifPresent(Verwijzing::termijnVerstreken);
      } else {
        verwijzingen.save(new Verwijzing(journey.getId(), journey.getWoongemeente(),
            (String) execution.getVariable("uitvoeringsorganisatie"), clock.instant(), deadline.due().toInstant()));
      }
    });
  }

  /** Assessed: accepted or returned. */
  @Override
  public void notify(DelegateTask task) {
    Object beoordeling = task.getVariable("beoordeling");
    journeys.findByNumber(task.getExecution().getProcessBusinessKey())
        .flatMap(journey -> verwijzingen.findFirstByJourneyIdOrderByIdDesc(journey.getId()))
        .ifPresent(v -> v.beoordeeld(beoordeling == null ? null : beoordeling.toString(), clock.instant()));
  }

  /** The first trajectory start after an accepted referral: the end of the lead time to the start. */
  public void trajectGestart(String journeyNumber, LocalDate op) {
    verwijzingen.findFirstByJourneyIdOrderByIdDesc(journey(journeyNumber).getId())
        .filter(v -> "AANGENOMEN".equals(v.getBeoordeling()) && v.getTrajectGestartOp() == null)
        .ifPresent(v -> v.trajectGestart(op));
  }

  public List<Verwijzing> verwijzingen(String journeyNumber) {
    return verwijzingen.findByJourneyIdOrderById(journey(journeyNumber).getId());
  }

  private Journey journey(String journeyNumber) {
    return journeys.findByNumber(journeyNumber)
        .orElseThrow(() -> new IllegalStateException("Geen klantreis " + journeyNumber));
  }
}
