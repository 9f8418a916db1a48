package nl.werkpad.zaak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A ZGW Zaken API 1.5 that keeps what it is sent, for tests of outages and lost answers, as a WireMock
 * extension (so WireMock's journal still holds every request). It knows what Werkpad opens a zaak with:
 * zaken (identificatie unique within the bronorganisatie, as the spec and Open Zaak have it), rollen and
 * statussen, and the list filters Werkpad uses on them.
 *
 * <p>It can be out of order without processing anything ({@link Outage}), and it can process a request
 * and then lose its answer ({@link #loseAnswer}): the case in which a retry must find what the first
 * attempt made instead of making it again.
 */
public final class ZakenApiFake implements ResponseDefinitionTransformerV2 {

  public static final String NAME = "zaken-api-fake";

  /** How the API is out of order; nothing it is sent is processed. */
  public enum Outage {
    NONE,
    /** HTTP 503 at once, as a gateway answers for a zaaksysteem that is down. */
    UNAVAILABLE,
    /** Answers only after {@link #hangMillis}: longer than any sensible read timeout. */
    HANGING
  }

  /** How the answer to a processed request is lost: the connection is reset, or the answer comes too late. */
  public record Loss(Fault fault, Integer delayMillis) {

    public static Loss connectionReset() {
      return new Loss(Fault.CONNECTION_RESET_BY_PEER, null);
    }

    public static Loss lateAnswer(int delayMillis) {
      return new Loss(null, delayMillis);
    }
  }

  private final String apiPath;
  private final int hangMillis;
  private final ObjectMapper json = new ObjectMapper();
  private final List<ObjectNode> zaken = new ArrayList<>();
  private final List<ObjectNode> rollen = new ArrayList<>();
  private final List<ObjectNode> statussen = new ArrayList<>();
  /** Per zaak identificatie and operation ("POST /rollen"): answers still to lose. */
  private final Map<String, Deque<Loss>> losses = new HashMap<>();
  private Outage outage = Outage.NONE;

  /**
   * @param apiPath where the API lives on the server, e.g. {@code /zaken/api/v1}
   * @param hangMillis how long a {@link Outage#HANGING} API takes to answer
   */
  public ZakenApiFake(String apiPath, int hangMillis) {
    this.apiPath = apiPath;
    this.hangMillis = hangMillis;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  public synchronized void outage(Outage outage) {
    this.outage = outage;
  }

  /** The next {@code operation} ("POST /zaken", "POST /rollen", "POST /statussen") for this zaak is processed, its answer lost. */
  public synchronized void loseAnswer(String identificatie, String operation, Loss loss) {
    losses.computeIfAbsent(identificatie + " " + operation, key -> new ArrayDeque<>()).add(loss);
  }

  public synchronized void reset() {
    zaken.clear();
    rollen.clear();
    statussen.clear();
    losses.clear();
    outage = Outage.NONE;
  }

  // --- what the zaaksysteem holds, for assertions ----------------------------------------------------

  public synchronized List<JsonNode> zaken(String identificatie) {
    return List.copyOf(copies(zaken, zaak -> identificatie.equals(zaak.path("identificatie").asText())));
  }

  public synchronized List<JsonNode> rollen(String zaakUrl) {
    return List.copyOf(copies(rollen, rol -> zaakUrl.equals(rol.path("zaak").asText())));
  }

  public synchronized List<JsonNode> statussen(String zaakUrl) {
    return List.copyOf(copies(statussen, status -> zaakUrl.equals(status.path("zaak").asText())));
  }

  public synchronized int unansweredLosses() {
    return losses.values().stream().mapToInt(Deque::size).sum();
  }

  // --- the API ----------------------------------------------------------------------------------------

  @Override
  public synchronized ResponseDefinition transform(ServeEvent event) {
    LoggedRequest request = event.getRequest();
    switch (outage) {
      case UNAVAILABLE -> {
        return unavailable().build();
      }
      case HANGING -> {
        return unavailable().withFixedDelay(hangMillis).build();
      }
      case NONE -> {
        // answered below
      }
    }
    String absolute = request.getAbsoluteUrl();
    String api = absolute.substring(0, absolute.indexOf(apiPath) + apiPath.length());
    String resource = URI.create(absolute).getPath().substring(apiPath.length());
    String operation = request.getMethod().getName() + " " + resource;
    return switch (operation) {
      case "GET /zaken" -> page(copies(zaken, zaak -> matches(request, zaak, "identificatie")
          && matches(request, zaak, "bronorganisatie"))).build();
      case "GET /rollen" -> page(copies(rollen, rol -> matches(request, rol, "zaak")
          && matches(request, rol, "betrokkeneType"))).build();
      case "GET /statussen" -> page(newestFlagged(copies(statussen, status -> matches(request, status, "zaak")))).build();
      case "GET /resultaten" -> page(List.of()).build();
      case "POST /zaken" -> createZaak(api, body(request));
      case "POST /rollen" -> create(rollen, api + "/rollen", body(request), operation);
      case "POST /statussen" -> create(statussen, api + "/statussen", body(request), operation);
      default -> ResponseDefinitionBuilder.responseDefinition().withStatus(404)
          .withHeader("Content-Type", "application/problem+json")
          .withBody("{\"title\": \"Niet gevonden.\", \"status\": 404, \"code\": \"not_found\"}").build();
    };
  }

  private ResponseDefinition createZaak(String api, ObjectNode body) {
    String identificatie = body.path("identificatie").asText();
    String bronorganisatie = body.path("bronorganisatie").asText();
    boolean taken = zaken.stream().anyMatch(zaak -> identificatie.equals(zaak.path("identificatie").asText())
        && bronorganisatie.equals(zaak.path("bronorganisatie").asText()));
    if (taken) {
      return ResponseDefinitionBuilder.responseDefinition().withStatus(400)
          .withHeader("Content-Type", "application/problem+json")
          .withBody("""
              {"type": "https://github.com/open-zaak/open-zaak/blob/master/docs/validation.md",
               "code": "invalid", "title": "Invalid input.", "status": 400, "detail": "",
               "invalidParams": [{"name": "identificatie", "code": "identificatie-niet-uniek",
                                  "reason": "Deze identificatie bestaat al binnen de bronorganisatie"}]}""")
          .build();
    }
    String uuid = UUID.randomUUID().toString();
    ObjectNode zaak = (ObjectNode) read(ZgwBodies.zaak(api + "/zaken/" + uuid, uuid, identificatie, bronorganisatie,
        body.path("zaaktype").asText(), LocalDate.parse(body.path("startdatum").asText())));
    zaken.add(zaak);
    return lost(identificatie, "POST /zaken", created(zaak).withHeader("Content-Crs", "EPSG:4326"));
  }

  private ResponseDefinition create(List<ObjectNode> store, String collection, ObjectNode body, String operation) {
    String uuid = UUID.randomUUID().toString();
    ObjectNode resource = body.deepCopy();
    resource.put("url", collection + "/" + uuid);
    resource.put("uuid", uuid);
    store.add(resource);
    String identificatie = zaken.stream().filter(zaak -> zaak.path("url").asText().equals(body.path("zaak").asText()))
        .map(zaak -> zaak.path("identificatie").asText()).findFirst().orElse("?");
    return lost(identificatie, operation, created(resource));
  }

  /** The answer, unless it is to be lost: the request has been processed either way. */
  private ResponseDefinition lost(String identificatie, String operation, ResponseDefinitionBuilder answer) {
    Deque<Loss> planned = losses.get(identificatie + " " + operation);
    Loss loss = planned == null ? null : planned.poll();
    if (loss != null && loss.fault() != null) {
      answer.withFault(loss.fault());
    } else if (loss != null) {
      answer.withFixedDelay(loss.delayMillis());
    }
    return answer.build();
  }

  /** The status set last carries indicatieLaatstGezetteStatus, as in API 1.5. */
  private List<ObjectNode> newestFlagged(List<ObjectNode> list) {
    for (int i = 0; i < list.size(); i++) {
      list.get(i).put("indicatieLaatstGezetteStatus", i == list.size() - 1);
    }
    return list;
  }

  private static boolean matches(LoggedRequest request, JsonNode resource, String field) {
    QueryParameter parameter = request.queryParameter(field);
    return parameter == null || !parameter.isPresent() || parameter.firstValue().equals(resource.path(field).asText());
  }

  private ResponseDefinitionBuilder page(List<? extends JsonNode> items) {
    ObjectNode page = json.createObjectNode();
    page.put("count", items.size());
    page.putNull("next");
    page.putNull("previous");
    ArrayNode results = page.putArray("results");
    items.forEach(results::add);
    return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(page.toString());
  }

  private static ResponseDefinitionBuilder created(JsonNode resource) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(resource.toString());
  }

  private static ResponseDefinitionBuilder unavailable() {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(503)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"title\": \"Service Unavailable\", \"status\": 503, \"code\": \"unavailable\"}");
  }

  private ObjectNode body(LoggedRequest request) {
    return (ObjectNode) read(request.getBodyAsString());
  }

  private JsonNode read(String text) {
    try {
      return Objects.requireNonNull(json.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ObjectNode> copies(List<ObjectNode> store, Predicate<ObjectNode> filter) {
    return store.stream().filter(filter).map(ObjectNode::deepCopy).toList();
  }
}
