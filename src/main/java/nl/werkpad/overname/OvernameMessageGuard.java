package nl.werkpad.overname;

import static nl.werkpad.journey.RejectedInputException.Reason.FORBIDDEN;

import nl.werkpad.journey.RejectedInputException;
import nl.werkpad.security.MessageDelivery;
import nl.werkpad.security.MessageGuard;
import org.springframework.stereotype.Component;

/**
 * The message {@value Overname#KLANTREIS_OVERNAME} starts a journey past the intake. Only the take-over
 * itself sends it, as the application, after its checks; any user who sends it, over whatever path, is
 * refused.
 */
@Component
class OvernameMessageGuard implements MessageGuard {

  @Override
  public String messageName() {
    return Overname.KLANTREIS_OVERNAME;
  }

  @Override
  public boolean check(MessageDelivery delivery) {
    if (delivery.sender() != null) {
      throw new RejectedInputException(FORBIDDEN, "Het bericht " + Overname.KLANTREIS_OVERNAME
          + " is alleen voor de overname van een caseload: POST /werkpad/api/overnames (docs/overname.md).");
    }
    return false;
  }
}
