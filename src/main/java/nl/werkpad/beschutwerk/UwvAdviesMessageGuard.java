package nl.werkpad.beschutwerk;

import static nl.werkpad.journey.RejectedInputException.Reason.INVALID_INPUT;
import static nl.werkpad.journey.RejectedInputException.Reason.NOT_WAITING;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.journey.RejectedInputException;
import nl.werkpad.person.Bsn;
import nl.werkpad.security.RestMessages;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The REST side of the message {@value #MESSAGE} ({@code POST /engine-rest/message}). The engine would
 * correlate a message without business key to whichever journey happens to wait for an advice, and one
 * with the business key of a journey that no longer waits would start a new journey. So:
 * <ul>
 *   <li>with a business key, the journey must wait for an advice, else 409;</li>
 *   <li>without one, the advice is one the person asked UWV for themselves: {@code bsn} is required; it
 *       goes to the person's active journey when there is one, else it starts a journey of its own for
 *       the woongemeente (a business key no instance carries sends it to the start event only; the new
 *       journey then gets its journey number).</li>
 * </ul>
 */
@Component
public class UwvAdviesMessageGuard implements ContainerRequestFilter {

  static final String MESSAGE = "UwvAdviesBeschutWerk";
  static final String NEW_JOURNEY = "nieuwe-klantreis-na-zelf-aangevraagd-uwv-advies";

  private final RuntimeService runtime;
  private final JourneyRepository journeys;
  private final ObjectMapper json;

  UwvAdviesMessageGuard(RuntimeService runtime, JourneyRepository journeys, ObjectMapper json) {
    this.runtime = runtime;
    this.journeys = journeys;
    this.json = json;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Optional<ObjectNode> message = RestMessages.correlation(request, json, MESSAGE);
    if (message.isEmpty()) {
      return;
    }
    ObjectNode correlation = message.get();
    String businessKey = correlation.path("businessKey").asText("");
    String bsn = correlation.path("processVariables").path("bsn").path("value").asText("");
    if (!businessKey.isEmpty()) {
      checkWaiting(businessKey, bsn);
      return;
    }
    if (!Bsn.isValid(bsn)) {
      throw new RejectedInputException(INVALID_INPUT, "Een zelf aangevraagd UWV-advies (zonder businessKey) heeft het "
          + "BSN van de persoon nodig in processVariables.bsn (String, negen cijfers, elfproef).");
    }
    correlation.put("businessKey", journeys.findByActiveBsn(bsn).map(Journey::getNumber).orElse(NEW_JOURNEY));
    request.setEntityStream(new ByteArrayInputStream(json.writeValueAsBytes(correlation)));
  }

  private void checkWaiting(String journeyNumber, String bsn) {
    boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(journeyNumber)
        .messageEventSubscriptionName(MESSAGE).count() > 0;
    if (!waiting) {
      throw new RejectedInputException(NOT_WAITING, "Klantreis " + journeyNumber
          + " wacht niet op een UWV-advies beschut werk: het advies is al geregistreerd, of de klantreis is in een andere fase.");
    }
    Optional<Journey> journey = journeys.findByNumber(journeyNumber);
    if (!bsn.isEmpty() && journey.isPresent() && !journey.get().getBsn().equals(bsn)) {
      throw new RejectedInputException(INVALID_INPUT,
          "Het BSN in processVariables.bsn hoort niet bij klantreis " + journeyNumber + ".");
    }
  }
}
