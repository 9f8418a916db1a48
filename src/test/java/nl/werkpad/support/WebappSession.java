package nl.werkpad.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A user logged in to Camunda's webapps as the browser is: the session cookie and the CSRF token, from
 * {@code POST /camunda/api/admin/auth/user/default/login/{app}}; and HTTP basic authentication for
 * Werkpad's own API. Benchmark users all have the demo password.
 */
public final class WebappSession {

  private static final String PASSWORD = "demo";

  private final HttpClient http;
  private final String root;
  private final String csrf;

  private WebappSession(HttpClient http, String root, String csrf) {
    this.http = http;
    this.root = root;
    this.csrf = csrf;
  }

  public static WebappSession login(int port, String user, String app) throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    String root = "http://localhost:" + port;
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(root + "/camunda/app/" + app + "/default/")).build(),
        HttpResponse.BodyHandlers.ofString());
    String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow(() -> new IllegalStateException(
        "No CSRF token from the " + app + " page (HTTP " + page.statusCode() + ")"));
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(root + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Login of " + user + " to " + app + ": HTTP " + login.statusCode());
    }
    // The login gives the user a new session, with a CSRF token of its own: the next GET hands it out.
    HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(root + "/camunda/api/admin/auth/user/default"))
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    String token = after.headers().firstValue("X-XSRF-TOKEN")
        .or(() -> cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue).reduce((first, last) -> last))
        .orElse(csrf);
    return new WebappSession(http, root, token);
  }

  /** A session without a login, for Werkpad's API with HTTP basic authentication. */
  public static WebappSession basic(int port) {
    return new WebappSession(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), "http://localhost:" + port, null);
  }

  /** Tasklist's list call of a filter: the first page of 15, newest first, with the filter's variables. */
  public HttpResponse<String> listFilter(String filterId) throws IOException, InterruptedException {
    String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"orQueries\":[],"
        + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    return http.send(HttpRequest.newBuilder(URI.create(root + "/camunda/api/engine/engine/default/filter/" + filterId
            + "/list?firstResult=0&maxResults=15"))
        .header("X-XSRF-TOKEN", csrf).header("Content-Type", "application/json").header("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The managers' figures of the Cockpit plugin, as JSON. */
  public HttpResponse<String> cijfers(String query) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(root + "/camunda/api/cockpit/plugin/werkpad/default/cijfers?" + query))
        .header("X-XSRF-TOKEN", csrf).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> postBasic(String path, String user, String contentType, byte[] body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(root + path)).header("Authorization", basicAuth(user))
        .header("Content-Type", contentType).header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> getBasic(String path, String user) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(root + path)).header("Authorization", basicAuth(user))
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Any request of the logged-in user, with the session's CSRF token; {@code body} may be null. */
  public HttpResponse<String> send(String method, String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return send(method, path, contentType, body, null);
  }

  /** As {@link #send(String, String, String, byte[])}, giving up after {@code timeout} (null: never). */
  public HttpResponse<String> send(String method, String path, String contentType, byte[] body, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "application/json, */*;q=0.5")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (csrf != null) {
      request.header("X-XSRF-TOKEN", csrf);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (timeout != null) {
      request.timeout(timeout);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basicAuth(String user) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
