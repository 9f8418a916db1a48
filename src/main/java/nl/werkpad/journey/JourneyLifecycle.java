package nl.werkpad.journey;

import static nl.werkpad.journey.RejectedInputException.Reason.ALREADY_ACTIVE;

import java.time.Clock;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.modellen.ModelVersies;
import nl.werkpad.region.Regions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Start and end of a ClientJourney ({@code ${journeyLifecycle}} on the process). At the start it
 * refuses a second active journey for the same person, gives the journey its number as business key,
 * and fills in the woongemeente the tenant was chosen for. At the end, however the instance ends
 * (completed or cancelled in Cockpit), the journey is closed so the person can start a new one.
 */
@ModelApi
@Component("journeyLifecycle")
public class JourneyLifecycle implements ExecutionListener {

  /** Variables that show case workers the journey number and the municipality's name in Tasklist. */
  public static final String KLANTREISNUMMER = "klantreisnummer";
  public static final String WOONGEMEENTE_NAAM = "woongemeenteNaam";
  /** Set on a journey that a caseload take-over starts at the stage the person is in. */
  public static final String OVERNAME = "overname";

  private final JourneyRepository journeys;
  private final Regions regions;
  private final RepeatedAanmelding repeatedAanmelding;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ModelVersies modelVersies;

  JourneyLifecycle(JourneyRepository journeys, Regions regions, RepeatedAanmelding repeatedAanmelding, Clock clock,
      ApplicationEventPublisher events, ModelVersies modelVersies) {
    this.journeys = journeys;
    this.regions = regions;
    this.repeatedAanmelding = repeatedAanmelding;
    this.clock = clock;
    this.events = events;
    this.modelVersies = modelVersies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    switch (execution.getEventName()) {
      case EVENTNAME_START -> register(execution);
      case EVENTNAME_END -> close(execution);
      default -> { }
    }
  }

  private void register(DelegateExecution execution) {
    String woongemeente = Regions.municipalityCode(execution.getTenantId())
        .orElseThrow(() -> new IllegalStateException("Klantreis zonder gemeente-tenant: " + execution.getTenantId()));
    String bsn = (String) execution.getVariable(JourneyVariables.BSN);
    Journey.Soort soort = soort(execution);
    String aanleiding = aanleiding(execution);
    journeys.findByActiveBsn(bsn).ifPresent(existing -> {
      if (soort != Journey.Soort.KLANTREIS || existing.getSoort() != Journey.Soort.KLANTREIS) {
        throw alreadyActive("Voor deze persoon loopt al " + (existing.getSoort() == Journey.Soort.WSW
            ? "een Wsw-dienstverband" : "een klantreis")
            + (existing.getWoongemeente().equals(woongemeente) ? " (" + existing.getNumber() + ")." : " bij een andere gemeente."));
      }
      // A caseload taken over is not an aanmelding: it only skips a person who already has a journey.
      if (!Boolean.TRUE.equals(execution.getVariable(OVERNAME))) {
        repeatedAanmelding.afterRollback(bsn, woongemeente, aanleiding);
      }
      throw alreadyActive(existing.getWoongemeente().equals(woongemeente)
          ? "Voor deze persoon loopt al klantreis " + existing.getNumber()
              + "; de aanmelding is als taak aan die klantreis toegevoegd."
          : "Voor deze persoon loopt al een klantreis bij een andere gemeente; die gemeente krijgt de aanmelding als taak.");
    });
    Journey journey = journeys.save(new Journey(soort, bsn, woongemeente, execution.getProcessInstanceId(), clock.instant()));
    try {
      journeys.flush();
    } catch (DataIntegrityViolationException simultaneousStart) {
      if (soort == Journey.Soort.KLANTREIS) {
        repeatedAanmelding.afterRollback(bsn, woongemeente, aanleiding);
      }
      throw alreadyActive("Voor deze persoon is zojuist al een klantreis gestart; de aanmelding is als taak aan die klantreis toegevoegd.");
    }
    execution.setProcessBusinessKey(journey.getNumber());
    execution.setVariable(KLANTREISNUMMER, journey.getNumber());
    execution.setVariable(JourneyVariables.WOONGEMEENTE, woongemeente);
    execution.setVariable(WOONGEMEENTE_NAAM, regions.municipality(woongemeente).orElseThrow().name());
    execution.setVariable(ModelVersies.VARIABLE, modelVersies.vastleggen());
  }

  /** The process that starts the journey tells its kind: a Wsw dienstverband, or a klantreis. */
  private static Journey.Soort soort(DelegateExecution execution) {
    // The definition the engine already holds, rather than a search through the whole model on every start.
    String process = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    return JourneyVariables.WSW_DIENSTVERBAND.equals(process) ? Journey.Soort.WSW : Journey.Soort.KLANTREIS;
  }

  /** A journey started by UWV's advice (the message UwvAdviesBeschutWerk) says so, with the advice. */
  private static String aanleiding(DelegateExecution execution) {
    Object advies = execution.getVariable("uwvAdvies");
    return advies == null ? null
        : "UWV-advies beschut werk, zelf aangevraagd: " + advies + " (" + execution.getVariable("uwvAdviesDatum") + ")";
  }

  private static RejectedInputException alreadyActive(String message) {
    return new RejectedInputException(ALREADY_ACTIVE, message);
  }

  private void close(DelegateExecution execution) {
    journeys.findByProcessInstanceId(execution.getProcessInstanceId()).ifPresent(journey -> {
      Object uitkomst = execution.getVariable(JourneyVariables.UITKOMST);
      boolean cancelled = execution.isCanceled();
      // A journey handed over was ended when it was; its end time stays that moment.
      if (journey.isActive() || cancelled) {
        journey.end(cancelled ? "GEANNULEERD" : uitkomst == null ? null : uitkomst.toString(), clock.instant());
        events.publishEvent(new JourneyEnded(journey.getId(), journey.getWoongemeente(), journey.getUitkomst()));
      }
    });
  }
}
