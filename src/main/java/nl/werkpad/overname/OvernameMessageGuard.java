package nl.werkpad.overname;

import static nl.werkpad.journey.RejectedInputException.Reason.FORBIDDEN;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.IOException;
import nl.werkpad.journey.RejectedInputException;
import nl.werkpad.security.RestMessages;
import org.springframework.stereotype.Component;

/**
 * The message {@value Overname#KLANTREIS_OVERNAME} starts a journey past the intake; over the engine's
 * REST API anyone who may start journeys could send it. Only the take-over itself sends it, after its
 * checks, so {@code POST /engine-rest/message} refuses it.
 */
@Component
public class OvernameMessageGuard implements ContainerRequestFilter {

  private final ObjectMapper json;

  OvernameMessageGuard(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (RestMessages.correlation(request, json, Overname.KLANTREIS_OVERNAME).isPresent()) {
      throw new RejectedInputException(FORBIDDEN, "Het bericht " + Overname.KLANTREIS_OVERNAME
          + " is alleen voor de overname van een caseload: POST /werkpad/api/overnames (docs/overname.md).");
    }
  }
}
