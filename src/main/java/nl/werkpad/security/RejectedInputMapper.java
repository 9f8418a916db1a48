package nl.werkpad.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.werkpad.journey.JourneyStartRejectedException;

/** A refused journey start: 400, 403 or 409 in Camunda's error shape, with the Dutch reason. */
@Provider
public class JourneyStartRejectedMapper implements ExceptionMapper<JourneyStartRejectedException> {

  @Override
  public Response toResponse(JourneyStartRejectedException refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "JourneyStartRejected");
    body.put("reason", refusal.reason().name());
    body.put("message", refusal.getMessage());
    return Response.status(refusal.reason().httpStatus).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
