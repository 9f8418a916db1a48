package nl.werkpad.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.kernel.ModelApi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Component;

/**
 * The timings of each referral ({@code ${verwijzingVastleggen}}): on "Aanmelding beoordelen" when it is
 * created (referred, with its due date as the term) and completed (assessed), and on its term passing;
 * the trajectory's start is recorded by the trajectory.
 */
@ModelApi
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

  /**
   * The term passed when its timer fires. (Model versions from before the term was in the model record
   * the referral here, when the assessment starts.)
   */
  @Override
  public void notify(DelegateExecution execution) {
    // A referral outside a journey (started by hand in Cockpit) has nothing to record.
    journeys.findByNumber(execution.getProcessBusinessKey()).ifPresent(journey -> {
      if (execution.getBpmnModelElementInstance() instanceof BoundaryEvent) {
        verwijzingen.findFirstByJourneyIdOrderByIdDesc(journey.getId()).ifPresent(Verwijzing::termijnVerstreken);
      } else {
        referred(journey, execution.getVariable("uitvoeringsorganisatie"), deadline.due());
      }
    });
  }

  /** Referred when the assessment is created, with its due date; assessed (accepted or returned) when completed. */
  @Override
  public void notify(DelegateTask task) {
    Optional<Journey> journey = journeys.findByNumber(task.getExecution().getProcessBusinessKey());
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      journey.ifPresent(j -> referred(j, task.getVariable("uitvoeringsorganisatie"), task.getDueDate()));
      return;
    }
    Object beoordeling = task.getVariable("beoordeling");
    journey.flatMap(j -> verwijzingen.findFirstByJourneyIdOrderByIdDesc(j.getId()))
        .ifPresent(v -> v.beoordeeld(beoordeling == null ? null : beoordeling.toString(), clock.instant()));
  }

  private void referred(Journey journey, Object uitvoerder, Date termijn) {
    verwijzingen.save(new Verwijzing(journey.getId(), journey.getWoongemeente(), (String) uitvoerder, clock.instant(),
        termijn.toInstant()));
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
