package nl.werkpad.journey;

import static nl.werkpad.journey.RejectedInputException.Reason.ALREADY_ACTIVE;
import static nl.werkpad.journey.RejectedInputException.Reason.INVALID_INPUT;

import java.time.Clock;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.kernel.ProtectedVariables;
import nl.werkpad.modellen.ModelVersies;
import nl.werkpad.person.Bsn;
import nl.werkpad.region.Regions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Start of a journey ({@code ${journeyLifecycle}} on the process, ClientJourney or WswDienstverband): it
 * refuses a second active journey for the same person, registers the journey, gives it its number as
 * business key, and fills in the woongemeente the tenant was chosen for. Its end follows from the
 * engine ({@link JourneyRegisterSync}), however the instance ends.
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
  private final ModelVersies modelVersies;
  private final ApplicationEventPublisher events;

  JourneyLifecycle(JourneyRepository journeys, Regions regions, RepeatedAanmelding repeatedAanmelding, Clock clock,
      ModelVersies modelVersies, ApplicationEventPublisher events) {
    this.journeys = journeys;
    this.regions = regions;
    this.repeatedAanmelding = repeatedAanmelding;
    this.clock = clock;
    this.events = events;
    this.modelVersies = modelVersies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      register(execution);
    }
  }

  private void register(DelegateExecution execution) {
    if (((ExecutionEntity) execution).getSuperExecution() != null || !execution.getId().equals(execution.getProcessInstanceId())) {
      throw new IllegalStateException("Een klantreis begint als eigen proces, niet als deel van een ander proces.");
    }
    String woongemeente = Regions.municipalityCode(execution.getTenantId())
        .orElseThrow(() -> new IllegalStateException("Klantreis zonder gemeente-tenant: " + execution.getTenantId()));
    if (!(execution.getVariable(JourneyVariables.BSN) instanceof String bsn) || !Bsn.isValid(bsn)) {
      throw new RejectedInputException(INVALID_INPUT, Bsn.INVALID); // a start by message, or another type
    }
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
    events.publishEvent(new JourneyRegistered(journey, Boolean.TRUE.equals(execution.getVariable(OVERNAME))));
    ProtectedVariables.write(() -> {
      execution.setVariable(KLANTREISNUMMER, journey.getNumber());
      execution.setVariable(JourneyVariables.WOONGEMEENTE, woongemeente);
      execution.setVariable(WOONGEMEENTE_NAAM, regions.municipality(woongemeente).orElseThrow().name());
      execution.setVariable(ModelVersies.VARIABLE, modelVersies.vastleggen());
    });
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
}
