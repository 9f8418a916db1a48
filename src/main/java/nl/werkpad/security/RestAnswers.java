package nl.werkpad.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.werkpad.security.Refusals.Answer;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One place that turns refusals into HTTP answers, in every JAX-RS application of the server: the REST
 * API on {@code /engine-rest} (on all its paths), the webapps' engine API that Tasklist and Cockpit use,
 * and the webapps' own APIs and plugins. Jersey finds it on its own ({@link Discovery}, a
 * {@code ForcedAutoDiscoverable}), so no path is left out. The answer follows what was thrown
 * ({@link Refusals}); Camunda's exception handlers still build the first response, which this then
 * replaces. Every refused request is logged once, as what the client got: a 4xx as one line, a 5xx with
 * its stack trace (Camunda's own REST exception log is off).
 */
public final class RestAnswers {

  static final Logger LOG = LoggerFactory.getLogger("nl.werkpad.rest");
  private static final String THROWN = RestAnswers.class.getName() + ".thrown";
  static final String NOT_VISIBLE = RestAnswers.class.getName() + ".notVisible";
  /** On an answer Werkpad gave in place of the engine's: the status the engine would have answered. */
  public static final String ENGINE_STATUS_HEADER = "X-Werkpad-Engine-Status";

  private RestAnswers() {}

  /** Registers the providers in every Jersey application on the server. */
  @ConstrainedTo(RuntimeType.SERVER)
  @Priority(3000)
  public static final class Discovery implements ForcedAutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(Capture.class)) {
        context.register(Capture.class);
        context.register(Visibility.class);
        context.register(LongPolling.class);
        context.register(Rewrite.class);
      }
    }
  }

  /** Keeps what a request threw, for the answer, and logs the request once when it is done. */
  public static final class Capture implements ApplicationEventListener {

    @Override
    public void onEvent(ApplicationEvent event) {}

    @Override
    public RequestEventListener onRequest(RequestEvent start) {
      return event -> {
        if (event.getType() == RequestEvent.Type.ON_EXCEPTION && event.getContainerRequest() != null
            && event.getContainerRequest().getProperty(THROWN) == null) {
          event.getContainerRequest().setProperty(THROWN, event.getException());
        } else if (event.getType() == RequestEvent.Type.FINISHED && event.getContainerResponse() != null) {
          log(event);
        }
      };
    }

    private static void log(RequestEvent event) {
      int status = event.getContainerResponse().getStatus();
      Object thrown = event.getContainerRequest().getProperty(THROWN);
      String request = event.getContainerRequest().getMethod() + " " + event.getContainerRequest().getRequestUri().getRawPath();
      if (event.getContainerRequest().getProperty(NOT_VISIBLE) != null) {
        LOG.info("REST {} -> 404: niet zichtbaar voor deze gebruiker", request);
        return;
      }
      if (status < 400 || !(thrown instanceof Throwable failure)) {
        return;
      }
      String message = event.getContainerResponse().getEntity() instanceof Map<?, ?> body
          ? String.valueOf(body.get("message")) : Refusals.mask(failure.getMessage());
      if (status >= 500) {
        LOG.error("REST {} -> {}: {}", request, status, message, failure);
      } else {
        LOG.info("REST {} -> {}: {}", request, status, message);
      }
    }
  }

  /** Replaces the answer to a refused request by Werkpad's (and keeps BSNs out of every error body). */
  @Priority(100)
  public static final class Rewrite implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() < 400 || request.getProperty(NOT_VISIBLE) != null) {
        return;
      }
      Object thrown = request.getProperty(THROWN);
      Optional<Answer> answer = thrown instanceof Throwable failure ? Refusals.answerFor(failure) : Optional.empty();
      if (answer.isEmpty() && response.getStatus() == 404) {
        answer = Optional.of(Refusals.notVisible()); // one answer for everything that is not there
      }
      if (answer.isPresent()) {
        if (answer.get().status() != response.getStatus()) {
          response.getHeaders().putSingle(ENGINE_STATUS_HEADER, String.valueOf(response.getStatus()));
        }
        response.setStatus(answer.get().status());
        response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON + ";charset=UTF-8");
        response.setEntity(body(answer.get()));
      } else if (response.getEntity() instanceof ExceptionDto dto) {
        dto.setMessage(Refusals.mask(dto.getMessage()));
      }
    }
  }

  static Map<String, Object> body(Answer answer) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", answer.type());
    if (answer.reason() != null) {
      body.put("reason", answer.reason());
    }
    body.put("message", answer.message());
    return body;
  }
}
