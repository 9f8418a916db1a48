package nl.werkpad.person;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import nl.werkpad.kernel.BsnMasking;
import nl.werkpad.person.BrpProperties.HeaderNames;
import nl.werkpad.person.BrpProperties.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The person registry of production ({@code werkpad.brp.mode=haalcentraal}): the Haal Centraal BRP
 * Personen API 2.x, {@code POST {base-url}/personen} with a {@code RaadpleegMetBurgerservicenummer}
 * query that asks only the fields {@link Person} needs.
 *
 * <p>Every request carries the API key and the protocollering headers of the municipality that asks.
 * Zero persons in the answer means the BSN is not in the registry. Every failure (no connection,
 * timeout, an HTTP error status, an answer that is not what the specification describes) becomes a
 * {@link PersonRegistryUnavailableException} whose message names the status and, for a problem+json
 * answer, its title, but never the BSN. The BSN travels only in the request body: not in the URL, a
 * header, a log line or a message.
 */
public class HaalCentraalPersonRegistry implements PersonRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(HaalCentraalPersonRegistry.class);

  static final String QUERY_TYPE = "RaadpleegMetBurgerservicenummer";
  /** W3C Trace Context: the BRP's own log can be followed back to the request that led to the consultation. */
  static final String TRACEPARENT = "traceparent";

  /**
   * Only what {@link Person} holds. Automatically delivered fields (geheimhoudingPersoonsgegevens,
   * inOnderzoek, opschortingBijhouding, rni, verificatie) must not be asked: the API answers 400.
   */
  static final List<String> FIELDS = List.of(
      "naam.voornamen",
      "naam.voorvoegsel",
      "naam.geslachtsnaam",
      "geboorte.datum",
      "verblijfplaats.verblijfadres.officieleStraatnaam",
      "verblijfplaats.verblijfadres.korteStraatnaam",
      "verblijfplaats.verblijfadres.huisnummer",
      "verblijfplaats.verblijfadres.huisletter",
      "verblijfplaats.verblijfadres.huisnummertoevoeging",
      "verblijfplaats.verblijfadres.postcode",
      "verblijfplaats.verblijfadres.woonplaats",
      "gemeenteVanInschrijving");

  private static final MediaType REQUEST_TYPE = MediaType.parseMediaType("application/json; charset=utf-8");
  private static final int MAX_BODY = 1 << 20;

  private final BrpProperties properties;
  private final RestClient client;
  private final String endpoint;
  private final ObjectMapper json = new ObjectMapper();

  public HaalCentraalPersonRegistry(BrpProperties properties) {
    this(properties, null);
  }

  /**
   * @param sslContext TLS set-up for the API (client certificate, trust store); null for the JVM's
   *     default
   */
  public HaalCentraalPersonRegistry(BrpProperties properties, SSLContext sslContext) {
    this.properties = properties;
    URI base = properties.baseUrl();
    if (!base.isAbsolute() || !List.of("http", "https").contains(base.getScheme()) || base.getHost() == null) {
      throw new IllegalStateException("werkpad.brp.base-url moet een absolute http(s)-URL zijn, bijvoorbeeld "
          + BrpProperties.DEFAULT_BASE_URL + "; nu: " + base);
    }
    String baseUrl = base.toString().replaceAll("/+$", "");
    this.endpoint = "POST " + new StringBuilder(base.getScheme()).append("://").append(base.getHost())
        .append(base.getPort() < 0 ? "" : ":" + base.getPort())
        .append(base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", ""))
        .append("/personen");
    HttpClient.Builder http = HttpClient.newBuilder()
        .connectTimeout(properties.connectTimeout())
        // HTTP/1.1: no h2c upgrade dance with gateways and mocks that mishandle it.
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .proxy(ProxySelector.getDefault());
    if (sslContext != null) {
      http.sslContext(sslContext);
    }
    JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http.build());
    requestFactory.setReadTimeout(properties.readTimeout());
    this.client = RestClient.builder().baseUrl(baseUrl).requestFactory(requestFactory).build();
    LOG.info("Personenregister: Haal Centraal BRP Personen, {} (connect-timeout {}, read-timeout {})",
        endpoint, readable(properties.connectTimeout()), readable(properties.readTimeout()));
  }

  @Override
  public Optional<Person> find(String bsn, String woongemeente, Bevraging bevraging) {
    if (!Bsn.isValid(bsn)) {
      throw new IllegalArgumentException("Geen geldig BSN: een BSN bestaat uit negen cijfers en voldoet aan de elfproef.");
    }
    // Only a CBS code goes into messages: whatever else a caller passed is not repeated.
    String forWhom = woongemeente == null || woongemeente.isBlank() ? ""
        : woongemeente.matches("\\d{4}") ? " voor gemeente " + woongemeente : " voor een ongeldige gemeentecode";
    long start = System.nanoTime();
    try {
      HttpHeaders headers = headers(woongemeente, forWhom, bevraging);
      byte[] body = requestBody(bsn);
      Optional<Person> person = client.post()
          .uri("/personen")
          .headers(h -> h.addAll(headers))
          .contentType(REQUEST_TYPE)
          .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
          .body(body)
          .exchange((request, response) -> answer(response, bsn, forWhom), true);
      LOG.debug("BRP-bevraging{}: {}", forWhom, person.isPresent() ? "persoon gevonden" : "geen persoon");
      return person;
    } catch (PersonRegistryUnavailableException e) {
      LOG.warn(e.getMessage());
      throw e;
    } catch (RestClientException | UncheckedIOException e) {
      PersonRegistryUnavailableException failure =
          new PersonRegistryUnavailableException(unreachable(e, Duration.ofNanos(System.nanoTime() - start), forWhom), e);
      LOG.warn(failure.getMessage());
      throw failure;
    }
  }

  HttpHeaders headers(String woongemeente, String forWhom) {
    return headers(woongemeente, forWhom, Bevraging.GEEN);
  }

  /**
   * The headers of a lookup on behalf of a municipality: API key and protocollering, with the acting
   * user, purpose and reason of this consultation where known, the configuration's values where not,
   * and the trace it belongs to.
   */
  HttpHeaders headers(String woongemeente, String forWhom, Bevraging bevraging) {
    HttpHeaders headers = new HttpHeaders();
    if (!properties.apiKey().isEmpty() && !properties.apiKeyHeader().isEmpty()) {
      headers.set(properties.apiKeyHeader(), properties.apiKey());
    }
    HeaderNames names = properties.protocollering().headerNames();
    Values values = properties.protocollering().valuesFor(woongemeente);
    List<String> missing = new ArrayList<>();
    Map<String, String> protocol = new LinkedHashMap<>(values.extraHeaders());
    put(protocol, missing, names.doelbinding(), either(bevraging.doelbinding(), values.doelbinding()), "doelbinding", true);
    put(protocol, missing, names.verwerking(), either(bevraging.verwerking(), values.verwerking()), "verwerking", true);
    put(protocol, missing, names.gebruiker(), either(bevraging.gebruiker(), values.gebruiker()), "gebruiker", false);
    put(protocol, missing, names.originOin(), values.originOin(), "origin-oin", true);
    put(protocol, missing, names.toelichting(), bevraging.toelichting(), "toelichting", false);
    if (bevraging.traceparent() != null) {
      protocol.put(TRACEPARENT, bevraging.traceparent());
    }
    if (!missing.isEmpty()) {
      String gemeente = woongemeente != null && woongemeente.matches("\\d{4}") ? woongemeente : "<code>";
      throw new PersonRegistryUnavailableException("BRP-bevraging" + forWhom + " niet gedaan: protocollering "
          + "onvolledig, geen waarde voor " + String.join(", ", missing) + ". Stel werkpad.brp.protocollering.defaults."
          + "<naam> of werkpad.brp.protocollering.gemeenten.\"" + gemeente + "\".<naam> in.");
    }
    protocol.forEach((name, value) -> {
      if (value != null && !value.isBlank()) {
        headers.set(name, value.trim());
      }
    });
    return headers;
  }

  private static String either(String given, String configured) {
    return given != null && !given.isBlank() ? given : configured;
  }

  private static void put(Map<String, String> headers, List<String> missing, String header, String value,
      String property, boolean required) {
    if (header == null || header.isBlank()) {
      return;
    }
    if (value == null || value.isBlank()) {
      if (required) {
        missing.add(header + " (" + property + ")");
      }
      return;
    }
    headers.put(header, value);
  }

  private byte[] requestBody(String bsn) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("type", QUERY_TYPE);
    query.put("burgerservicenummer", List.of(bsn));
    query.put("fields", FIELDS);
    try {
      return json.writeValueAsBytes(query);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Kan de BRP-vraag niet opstellen", e);
    }
  }

  private Optional<Person> answer(ClientHttpResponse response, String bsn, String forWhom) throws IOException {
    int status = response.getStatusCode().value();
    MediaType contentType = contentType(response);
    byte[] body = read(response.getBody());
    if (body == null) {
      throw unparsable(status, "antwoord groter dan " + MAX_BODY + " bytes", forWhom);
    }
    try {
      return answer(status, contentType, body, bsn, forWhom);
    } catch (PersonRegistryUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      // Whatever else an answer can make go wrong: its reading is what failed, not the registry's reach.
      // No cause: its message could quote the answer, and the engine keeps a failed job's stack trace.
      throw unparsable(status, "onleesbaar (" + e.getClass().getSimpleName() + ")", forWhom);
    }
  }

  private Optional<Person> answer(int status, MediaType contentType, byte[] body, String bsn, String forWhom) {
    if (status < 200 || status > 299) {
      throw new PersonRegistryUnavailableException("BRP (" + endpoint + ") antwoordde HTTP " + status
          + problem(contentType, body, bsn) + forWhom + ".");
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      // Not the exception's message: Jackson quotes the answer, which could hold the BSN.
      throw unparsable(status, "geen JSON" + (contentType == null || isJson(contentType) ? ""
          : " maar " + contentType.getType() + "/" + contentType.getSubtype()), forWhom);
    }
    if (root == null || !root.isObject()) {
      throw unparsable(status, "geen JSON-object", forWhom);
    }
    JsonNode type = root.get("type");
    if (type != null && !type.isNull() && !QUERY_TYPE.equals(type.asText())) {
      throw unparsable(status, "type is niet " + QUERY_TYPE, forWhom);
    }
    JsonNode personen = root.get("personen");
    if (personen == null || !personen.isArray()) {
      throw unparsable(status, "geen lijst 'personen'", forWhom);
    }
    if (personen.isEmpty()) {
      return Optional.empty();
    }
    if (personen.size() > 1) {
      throw unparsable(status, personen.size() + " personen voor één burgerservicenummer", forWhom);
    }
    try {
      return Optional.of(person(bsn, personen.get(0)));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw unparsable(status, e instanceof DateTimeParseException ? "geboorte.datum is geen datum" : e.getMessage(),
          forWhom);
    }
  }

  /** A Persoon of the specification as Werkpad's Person. */
  static Person person(String bsn, JsonNode persoon) {
    if (!persoon.isObject()) {
      throw new IllegalArgumentException("persoon is geen JSON-object");
    }
    JsonNode naam = persoon.path("naam");
    JsonNode gemeente = persoon.path("gemeenteVanInschrijving");
    String gemeenteCode = gemeente.isObject() ? text(gemeente.path("code")) : text(gemeente);
    return new Person(
        bsn,
        text(naam.path("voornamen")),
        text(naam.path("voorvoegsel")),
        text(naam.path("geslachtsnaam")),
        datum(persoon.path("geboorte").path("datum")),
        adres(persoon.path("verblijfplaats")),
        gemeenteCode,
        persoon.path("geheimhoudingPersoonsgegevens").asBoolean(false));
  }

  /**
   * A Datum: only type "Datum" is a complete date. DatumOnbekend, JaarDatum and JaarMaandDatum (and
   * anything else) give null: the registry does not know the date completely.
   */
  static LocalDate datum(JsonNode datum) {
    if (!datum.isObject() || !"Datum".equals(text(datum.path("type")))) {
      return null;
    }
    String iso = text(datum.path("datum"));
    if (iso == null) {
      throw new IllegalArgumentException("geboorte.datum van type Datum zonder datum");
    }
    return LocalDate.parse(iso);
  }

  /**
   * The verblijfadres of a verblijfplaats when it holds Dutch address fields (type Adres). A Locatie
   * (houseboat, caravan: only a description), VerblijfplaatsBuitenland or VerblijfplaatsOnbekend
   * gives null.
   */
  static Person.Adres adres(JsonNode verblijfplaats) {
    JsonNode adres = verblijfplaats.path("verblijfadres");
    if (!adres.isObject()) {
      return null;
    }
    String straat = text(adres.path("officieleStraatnaam"));
    if (straat == null) {
      straat = text(adres.path("korteStraatnaam"));
    }
    String huisnummer = Adressen.huisnummer(text(adres.path("huisnummer")), text(adres.path("huisletter")),
        text(adres.path("huisnummertoevoeging")));
    String postcode = Adressen.postcode(text(adres.path("postcode")));
    String woonplaats = text(adres.path("woonplaats"));
    if (straat == null && huisnummer == null && postcode == null && woonplaats == null) {
      return null;
    }
    return new Person.Adres(straat, huisnummer, postcode, woonplaats);
  }

  private static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String text = node.asText().trim();
    return text.isEmpty() ? null : text;
  }

  /** The answer's content type; null when it has none or one that is no media type. */
  private static MediaType contentType(ClientHttpResponse response) {
    try {
      return response.getHeaders().getContentType();
    } catch (InvalidMediaTypeException e) {
      return null;
    }
  }

  private static boolean isJson(MediaType contentType) {
    return contentType.getSubtype().equals("json") || contentType.getSubtype().endsWith("+json");
  }

  /** " (title)" of a problem+json answer, "" for any other answer. Never holds the BSN. */
  private String problem(MediaType contentType, byte[] body, String bsn) {
    if (body.length == 0 || contentType == null || !contentType.getSubtype().endsWith("json")) {
      return "";
    }
    try {
      JsonNode problem = json.readTree(body);
      StringBuilder text = new StringBuilder();
      String title = text(problem.path("title"));
      if (title != null) {
        text.append(" (").append(safe(title, bsn));
        String code = text(problem.path("code"));
        if (code != null) {
          text.append("; code ").append(safe(code, bsn));
        }
        List<String> params = new ArrayList<>();
        for (JsonNode param : problem.path("invalidParams")) {
          if (params.size() == 5) {
            params.add("…");
            break;
          }
          String name = text(param.path("name"));
          String reason = text(param.path("reason"));
          if (name != null || reason != null) {
            params.add(safe((name == null ? "" : name + ": ") + (reason == null ? "" : reason), bsn));
          }
        }
        if (!params.isEmpty()) {
          text.append("; ").append(String.join("; ", params));
        }
        text.append(')');
      }
      return text.toString();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** Text from the registry fit for a message: no BSN (nor anything that looks like one), not too long. */
  private static String safe(String text, String bsn) {
    String safe = BsnMasking.mask(text.replace(bsn, "[bsn]"), "[bsn]").replaceAll("\\s+", " ");
    return safe.length() > 200 ? safe.substring(0, 200) + "…" : safe;
  }

  private PersonRegistryUnavailableException unparsable(int status, String why, String forWhom) {
    return new PersonRegistryUnavailableException("BRP (" + endpoint + ") gaf een onbruikbaar antwoord (HTTP "
        + status + ": " + why + ")" + forWhom + ".");
  }

  private String unreachable(Exception e, Duration elapsed, String forWhom) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      if (cause instanceof IOException) {
        break;
      }
    }
    String why;
    if (cause instanceof HttpConnectTimeoutException) {
      why = "geen verbinding binnen de connect-timeout van " + readable(properties.connectTimeout());
    } else if (cause instanceof HttpTimeoutException || elapsed.compareTo(properties.readTimeout()) >= 0) {
      // Past the read timeout, the request factory closes the answer, which surfaces as an IOException.
      why = "geen (volledig) antwoord binnen de read-timeout van " + readable(properties.readTimeout());
    } else if (cause instanceof ConnectException) {
      why = "verbinding geweigerd of niet mogelijk";
    } else if (cause instanceof UnknownHostException) {
      why = "host onbekend";
    } else if (cause instanceof SSLException) {
      why = "TLS-fout (" + cause.getClass().getSimpleName() + ")";
    } else {
      why = cause.getClass().getSimpleName();
    }
    return "BRP (" + endpoint + ") niet bereikbaar" + forWhom + ": " + why + ".";
  }

  /** The body, or null when it is larger than MAX_BODY. */
  private static byte[] read(InputStream in) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    try (in) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      return body.length > MAX_BODY ? null : body;
    }
  }

  private static String readable(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
  }
}
