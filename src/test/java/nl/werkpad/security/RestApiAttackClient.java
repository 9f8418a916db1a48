package nl.werkpad.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import nl.werkpad.security.RestApiAttackGenerators.AttackRequest;
import nl.werkpad.security.RestApiAttackUsers.PathVariant;
import nl.werkpad.security.RestApiAttackUsers.User;
import nl.werkpad.support.WebappSession;

/**
 * Sends a generated request through one door: the REST API with HTTP basic authentication (on
 * {@code /engine-rest} or {@code /engine-rest/engine/default}), or the webapps' API with the session of
 * the logged-in user and its CSRF token. A request that gets no answer within the time-out answers
 * status 0.
 */
final class RestApiAttackClient {

  /**
   * An answer: the status (0 when none came), the body, and the status the engine would have answered
   * where Werkpad answered in its place ({@code X-Werkpad-Engine-Status}; 0 when it did not).
   */
  record Answer(int status, String body, int engineStatus) {

    Answer(int status, String body) {
      this(status, body, 0);
    }

    /** Camunda would have answered 5xx (to input it does not check), Werkpad answered 4xx. */
    boolean mappedFromServerError() {
      return engineStatus >= 500 && status >= 400 && status < 500;
    }

    String statusClass() {
      return status == 0 ? "err" : (status / 100) + "xx";
    }

    String preview(int max) {
      String text = body == null ? "" : body.replaceAll("\\s+", " ");
      return text.length() <= max ? text : text.substring(0, max);
    }
  }

  static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static int engineStatus(HttpResponse<String> answer) {
    return answer.headers().firstValue(RestAnswers.ENGINE_STATUS_HEADER).map(Integer::parseInt).orElse(0);
  }
  private static final String PASSWORD = "demo";

  private final int port;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, WebappSession> sessions = new HashMap<>();

  RestApiAttackClient(int port) {
    this.port = port;
  }

  /** Logs the user in to their webapp once; false when they have no webapp (or the login is refused). */
  boolean webapp(User user) {
    if (user.webapp() == null) {
      return false;
    }
    if (!sessions.containsKey(user.id())) {
      try {
        sessions.put(user.id(), WebappSession.login(port, user.id(), user.webapp()));
      } catch (IOException | IllegalStateException e) {
        sessions.put(user.id(), null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return sessions.get(user.id()) != null;
  }

  Answer send(AttackRequest request, User user, PathVariant variant) {
    String path = variant.prefix + request.target();
    try {
      if (variant == PathVariant.WEBAPP) {
        HttpResponse<String> answer = sessions.get(user.id())
            .send(request.operation().method(), path, request.contentType(), request.body(), TIMEOUT);
        return new Answer(answer.statusCode(), answer.body(), engineStatus(answer));
      }
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .timeout(TIMEOUT).header("Accept", "application/json")
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
              (user.id() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .method(request.operation().method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(request.body()));
      if (request.contentType() != null) {
        builder.header("Content-Type", request.contentType());
      }
      HttpResponse<String> answer = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(answer.statusCode(), answer.body(), engineStatus(answer));
    } catch (IOException | IllegalArgumentException e) {
      return new Answer(0, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
