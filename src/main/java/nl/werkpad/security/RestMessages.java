package nl.werkpad.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/** Reading a message correlation ({@code POST /engine-rest/message}) in a request filter, leaving it for the resource. */
public final class RestMessages {

  private RestMessages() {}

  /** The correlation when the request sends the message {@code messageName}, else empty. */
  public static Optional<ObjectNode> correlation(ContainerRequestContext request, ObjectMapper json, String messageName)
      throws IOException {
    if (!"POST".equals(request.getMethod()) || !"message".equals(request.getUriInfo().getPath().replaceAll("^/|/$", ""))) {
      return Optional.empty();
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    JsonNode message = body.length == 0 ? null : json.readTree(body);
    if (message instanceof ObjectNode correlation && messageName.equals(message.path("messageName").asText())) {
      return Optional.of(correlation);
    }
    return Optional.empty();
  }
}
