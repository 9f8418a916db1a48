package nl.werkpad.beschutwerk;

import static nl.werkpad.journey.RejectedInputException.Reason.FORBIDDEN;
import static nl.werkpad.journey.RejectedInputException.Reason.INVALID_INPUT;
import static nl.werkpad.journey.RejectedInputException.Reason.NOT_WAITING;

import java.util.Optional;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.journey.RejectedInputException;
import nl.werkpad.person.Bsn;
import nl.werkpad.region.TenantSync;
import nl.werkpad.security.MessageDelivery;
import nl.werkpad.security.MessageGuard;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The message {@value #MESSAGE}, UWV's advice on beschut werk, checked where the engine correlates it. A
 * koppeling sends it; the engine alone would correlate a message without business key to whichever
 * journey happens to wait for an advice, and one with the business key of a journey that no longer waits
 * would start a new journey. So:
 * <ul>
 *   <li>only a koppeling (or an administrator) sends it, to a journey by its number, never by an id;</li>
 *   <li>with a business key, that journey must wait for an advice, else 409;</li>
 *   <li>without one, the advice is one the person asked UWV for themselves: {@code bsn} is required; it
 *       goes to the person's journey when that waits for it, else it starts a journey of its own for the
 *       woongemeente (a business key no instance carries sends it to the start event only), which refuses
 *       a person with a running journey and gives that journey the advice as a task.</li>
 * </ul>
 * Checked like this, the koppeling needs no authorization on the journey itself.
 */
@Component
public class UwvAdviesMessageGuard implements MessageGuard {

  static final String MESSAGE = "UwvAdviesBeschutWerk";
  static final String NEW_JOURNEY = "nieuwe-klantreis-na-zelf-aangevraagd-uwv-advies";

  private final RuntimeService runtime;
  private final JourneyRepository journeys;

  UwvAdviesMessageGuard(@Lazy RuntimeService runtime, JourneyRepository journeys) {
    this.runtime = runtime;
    this.journeys = journeys;
  }

  @Override
  public String messageName() {
    return MESSAGE;
  }

  @Override
  public boolean check(MessageDelivery delivery) {
    if (delivery.sender() != null && !delivery.sentBy(TenantSync.KOPPELINGEN)) {
      throw new RejectedInputException(FORBIDDEN, "Het UWV-advies beschut werk komt van de koppeling met UWV, of de "
          + "klantmanager registreert de brief in de taak 'UWV-advies registreren'.");
    }
    if (delivery.aimedById()) {
      throw new RejectedInputException(INVALID_INPUT, "Stuur het UWV-advies naar een klantreis met haar klantreisnummer als "
          + "businessKey, niet met een processInstanceId, processDefinitionId of correlationKeys.");
    }
    Object bsnValue = delivery.variable("bsn");
    if (bsnValue != null && !(bsnValue instanceof String)) {
      throw new RejectedInputException(INVALID_INPUT, "processVariables.bsn is een String van negen cijfers.");
    }
    String bsn = bsnValue == null ? "" : (String) bsnValue;
    String businessKey = delivery.businessKey();
    if (businessKey != null && !businessKey.isEmpty()) {
      checkWaiting(delivery, businessKey, bsn);
      return true;
    }
    if (!Bsn.isValid(bsn)) {
      throw new RejectedInputException(INVALID_INPUT, "Een zelf aangevraagd UWV-advies (zonder businessKey) heeft het "
          + "BSN van de persoon nodig in processVariables.bsn (String, negen cijfers, elfproef).");
    }
    delivery.deliverTo(journeys.findByActiveBsn(bsn).map(Journey::getNumber).filter(number -> waiting(delivery, number))
        .orElse(NEW_JOURNEY));
    return true;
  }

  private void checkWaiting(MessageDelivery delivery, String journeyNumber, String bsn) {
    if (!waiting(delivery, journeyNumber)) {
      throw new RejectedInputException(NOT_WAITING, "Klantreis " + journeyNumber
          + " wacht niet op een UWV-advies beschut werk: het advies is al geregistreerd, of de klantreis is in een andere fase.");
    }
    Optional<Journey> journey = journeys.findByNumber(journeyNumber);
    if (!bsn.isEmpty() && journey.isPresent() && !journey.get().getBsn().equals(bsn)) {
      throw new RejectedInputException(INVALID_INPUT,
          "Het BSN in processVariables.bsn hoort niet bij klantreis " + journeyNumber + ".");
    }
  }

  /** Within the sender's tenants: a journey of a municipality the koppeling does not serve does not wait for it. */
  private boolean waiting(MessageDelivery delivery, String journeyNumber) {
    return delivery.lookUp(() -> runtime.createExecutionQuery().processInstanceBusinessKey(journeyNumber)
        .messageEventSubscriptionName(MESSAGE).count() > 0);
  }
}
