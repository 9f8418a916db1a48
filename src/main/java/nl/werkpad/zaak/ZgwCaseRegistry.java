package nl.werkpad.zaak;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkpad.kernel.BsnMasking;
import nl.werkpad.person.Bsn;
import nl.werkpad.zaak.ZakenProperties.Municipality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The municipality's zaaksysteem over the ZGW Zaken API 1.5 (e.g. Open Zaak),
 * {@code werkpad.zaken.mode=zgw}. Every call is safe to repeat: it first reads what is there
 * (the zaak by identificatie, the client's rol, the newest status, the resultaat) and writes only
 * what is missing.
 *
 * <ul>
 *   <li>The zaak's identificatie is the journey number; bronorganisatie and verantwoordelijke
 *       organisatie are the municipality's RSIN.
 *   <li>The client is a rol (natuurlijk persoon, inpBsn). Rollen are looked up by zaak and
 *       betrokkeneType and matched on the BSN here, so the BSN never appears in a URL.
 *   <li>A zaak closes with its resultaat and then the end status AFGEROND, which must be the
 *       zaaktype's eindstatus.
 *   <li>Each organisation has its own zaaksysteem configuration, keyed by a municipality's CBS code
 *       ("0513") or an uitvoeringsorganisatie's code ("PROMEN"). The uitvoeringsorganisatie keeps its
 *       own zaak, related to the municipality's by {@link #relate}: relevanteAndereZaken with aard
 *       vervolg, added by PATCH to the list the zaak has.
 * </ul>
 *
 * <p>Every failure (no connection, time-out, 4xx, 5xx, unreadable answer, missing configuration)
 * is a {@link CaseRegistryUnavailableException} whose message names the operation, the HTTP status,
 * the problem's title and the invalid fields, and never holds the BSN: nine-digit numbers in texts
 * of the server are masked.
 */
@Component
@ConditionalOnProperty(name = "werkpad.zaken.mode", havingValue = "zgw")
public class ZgwCaseRegistry implements CaseRegistry {

  private static final Logger log = LoggerFactory.getLogger(ZgwCaseRegistry.class);

  static final String CRS = "EPSG:4326";
  static final String NATUURLIJK_PERSOON = "natuurlijk_persoon";
  private static final String DEFAULT_ROLTOELICHTING = "Cliënt";
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  private static final int MAX_PAGES = 100;
  private static final Pattern CBS_CODE = Pattern.compile("\\d{4}");
  private static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z][A-Z_]{1,19}");
  /** The resource URL of a zaak: .../zaken/{uuid}. */
  private static final Pattern ZAAK_UUID = Pattern.compile(
      ".*/zaken/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/?");
  static final String VERVOLG = "vervolg";

  private final ZakenProperties properties;
  private final String baseUrl;
  private final RestClient http;
  private final ZgwJwt jwt;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  ZgwCaseRegistry(ZakenProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.baseUrl = validBaseUrl(properties.baseUrl());
    if (isBlank(properties.clientId()) || isBlank(properties.secret())) {
      throw new IllegalStateException(
          "werkpad.zaken.mode=zgw vraagt werkpad.zaken.client-id en werkpad.zaken.secret (JWT voor de Zaken API)");
    }
    properties.municipalities().forEach(ZgwCaseRegistry::checkKeyAndRsin);
    Duration connectTimeout = positive(properties.connectTimeout(), "connect-timeout");
    Duration readTimeout = positive(properties.readTimeout(), "read-timeout");
    this.jwt = new ZgwJwt(properties.clientId(), properties.secret(), properties.userId(),
        properties.userRepresentation(), clock);
    if (!jwt.strongEnough()) {
      log.warn("werkpad.zaken.secret is korter dan 32 bytes (256 bits), minder dan RFC 7518 voor HS256 vraagt");
    }
    // HTTP/1.1: no h2c upgrade attempts on plain http, which some proxies in front of a ZRC mishandle.
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(client);
    requestFactory.setReadTimeout(readTimeout);
    this.http = RestClient.builder().requestFactory(requestFactory).build();
    log.info("Zaaksysteem: Zaken API {} als client {} (organisaties: {})",
        baseUrl, properties.clientId(), properties.municipalities().keySet());
  }

  @Override
  public Zaak open(String journeyNumber, String organisation, String bsn, String omschrijving, LocalDate startdatum) {
    if (isBlank(journeyNumber) || journeyNumber.length() > 40) {
      throw new IllegalArgumentException("Klantreisnummer ontbreekt of is langer dan 40 tekens: " + journeyNumber);
    }
    if (!Bsn.isValid(bsn)) {
      throw new IllegalArgumentException("Ongeldig BSN voor de zaak van klantreis " + journeyNumber);
    }
    Municipality municipality = municipality(organisation);
    String rsin = rsin(municipality, organisation);
    String zaaktype = required(municipality.zaaktype(), organisation, "zaaktype");
    String roltype = required(municipality.roltype(), organisation, "roltype");

    JsonNode zaak = findZaak(journeyNumber, rsin)
        .orElseGet(() -> createZaak(journeyNumber, rsin, zaaktype, omschrijving, startdatum));
    String url = requiredField(zaak, "url", "GET/POST /zaken");
    String identificatie = Optional.ofNullable(text(zaak, "identificatie")).orElse(journeyNumber);
    ensureClientRol(url, identificatie, bsn, roltype, municipality.roltoelichting());
    return new Zaak(identificatie, url, organisation);
  }

  @Override
  public void setStatus(Zaak zaak, ZaakStatus status, String toelichting) {
    Objects.requireNonNull(status, "status");
    Municipality municipality = municipality(zaak.organisation());
    String statustype = statustype(municipality, zaak.organisation(), status);
    setStatus(zaakUrl(zaak), zaak.identificatie(), status, statustype, toelichting);
  }

  @Override
  public void close(Zaak zaak, String resultaat, String toelichting) {
    if (isBlank(resultaat)) {
      throw new IllegalArgumentException("Resultaat ontbreekt bij het afsluiten van zaak " + zaak.identificatie());
    }
    Municipality municipality = municipality(zaak.organisation());
    // All configuration first: a zaak must not get its resultaat and then miss its end status.
    String resultaattype = resultaattype(municipality, zaak.organisation(), resultaat);
    String eindstatus = statustype(municipality, zaak.organisation(), ZaakStatus.AFGEROND);
    String url = zaakUrl(zaak);

    List<JsonNode> resultaten = list("GET /resultaten", uri("/resultaten", Map.of("zaak", url)), false);
    if (resultaten.isEmpty()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("zaak", url);
      body.put("resultaattype", resultaattype);
      putIfPresent(body, "toelichting", ZaakFields.truncate(toelichting, ZaakFields.TOELICHTING));
      send(HttpMethod.POST, "POST /resultaten", uri("/resultaten", Map.of()), body, false);
      log.info("Zaak {}: resultaat {} vastgelegd", zaak.identificatie(), resultaat);
    } else if (!sameUrl(text(resultaten.get(0), "resultaattype"), resultaattype)) {
      log.info("Zaak {} heeft al een ander resultaat; dat blijft staan", zaak.identificatie());
    }
    setStatus(url, zaak.identificatie(), ZaakStatus.AFGEROND, eindstatus, toelichting);
  }

  @Override
  public List<Zaak> openZakenOf(String journeyNumber) {
    return list("GET /zaken", uri("/zaken", Map.of("identificatie", journeyNumber)), true).stream()
        .filter(zaak -> journeyNumber.equals(text(zaak, "identificatie")) && isBlank(text(zaak, "einddatum")))
        .map(zaak -> new Zaak(journeyNumber, text(zaak, "url"), organisationOf(text(zaak, "bronorganisatie"))))
        .filter(zaak -> zaak.url() != null && zaak.organisation() != null)
        .toList();
  }

  /** The organisation of Werkpad's configuration whose RSIN this is (a zaak of another is none of ours). */
  private String organisationOf(String rsin) {
    return properties.municipalities().entrySet().stream()
        .filter(entry -> rsin != null && rsin.equals(entry.getValue().rsin()))
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  @Override
  public void relate(Zaak zaak, Zaak andereZaak) {
    String url = zaakUrl(zaak);
    String andereUrl = zaakUrl(andereZaak);
    if (sameUrl(url, andereUrl)) {
      throw new IllegalArgumentException("Zaak %s kan geen vervolg op zichzelf zijn".formatted(zaak.identificatie()));
    }
    // Requests go to the configured API, so the JWT is never sent to a host a zaak's URL names.
    URI resource = uri("/zaken/" + uuid(zaak), Map.of());
    JsonNode current = send(HttpMethod.GET, "GET /zaken/{uuid}", resource, null, true);
    if (!current.isObject()) {
      throw new CaseRegistryUnavailableException("Zaken API: GET /zaken/{uuid} gaf geen zaak");
    }
    JsonNode relevante = current.get("relevanteAndereZaken");
    List<Object> relaties = new ArrayList<>();
    if (relevante != null && !relevante.isNull()) {
      if (!relevante.isArray()) {
        throw new CaseRegistryUnavailableException("Zaken API: GET /zaken/{uuid} gaf relevanteAndereZaken zonder lijst");
      }
      for (JsonNode relatie : relevante) {
        if (sameUrl(text(relatie, "url"), andereUrl)) {
          log.debug("Zaak {} is al gerelateerd aan zaak {}", zaak.identificatie(), andereZaak.identificatie());
          return;
        }
        relaties.add(relatie);
      }
    }
    Map<String, Object> relatie = new LinkedHashMap<>();
    relatie.put("url", andereUrl);
    relatie.put("aardRelatie", VERVOLG);
    relaties.add(relatie);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("relevanteAndereZaken", relaties);
    send(HttpMethod.PATCH, "PATCH /zaken/{uuid}", resource, body, true);
    log.info("Zaak {} is vastgelegd als vervolg op zaak {}", zaak.identificatie(), andereZaak.identificatie());
  }

  private Optional<JsonNode> findZaak(String journeyNumber, String rsin) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("identificatie", journeyNumber);
    query.put("bronorganisatie", rsin);
    return list("GET /zaken", uri("/zaken", query), true).stream()
        .filter(zaak -> journeyNumber.equals(text(zaak, "identificatie")))
        .filter(zaak -> text(zaak, "bronorganisatie") == null || rsin.equals(text(zaak, "bronorganisatie")))
        .findFirst();
  }

  private JsonNode createZaak(String journeyNumber, String rsin, String zaaktype, String omschrijving, LocalDate startdatum) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("identificatie", journeyNumber);
    body.put("bronorganisatie", rsin);
    body.put("verantwoordelijkeOrganisatie", rsin);
    body.put("zaaktype", zaaktype);
    body.put("startdatum", (startdatum != null ? startdatum : LocalDate.now(clock.withZone(NL))).toString());
    putIfPresent(body, "omschrijving", ZaakFields.truncate(omschrijving, ZaakFields.OMSCHRIJVING));
    try {
      JsonNode zaak = send(HttpMethod.POST, "POST /zaken", uri("/zaken", Map.of()), body, true);
      log.info("Zaak {} aangemaakt in de Zaken API", journeyNumber);
      return zaak;
    } catch (ZgwFailure failure) {
      // Made meanwhile by a retry or a parallel call: the identificatie is taken, so it exists.
      if (failure.status == 400 && failure.invalidParams.contains("identificatie")) {
        return findZaak(journeyNumber, rsin).orElseThrow(() -> failure);
      }
      throw failure;
    }
  }

  private void ensureClientRol(String zaakUrl, String identificatie, String bsn, String roltype, String roltoelichting) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("zaak", zaakUrl);
    query.put("betrokkeneType", NATUURLIJK_PERSOON);
    List<String> clients = list("GET /rollen", uri("/rollen", query), false).stream()
        .map(rol -> rol.path("betrokkeneIdentificatie").path("inpBsn").asText(null)).filter(Objects::nonNull).toList();
    if (clients.contains(bsn)) {
      return;
    }
    if (!clients.isEmpty()) {
      // The journey number is the identificatie: a zaak with it for someone else is not this journey's
      // (another installation on the same zaaksysteem, a database restored without it). Never join it.
      throw new IllegalStateException(("Zaak %s in het zaaksysteem hoort bij een andere persoon; de klantreis wordt er "
          + "niet aan gekoppeld. Gebruikt een andere installatie dezelfde klantreisnummers en bronorganisatie?")
          .formatted(identificatie));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("zaak", zaakUrl);
    body.put("betrokkeneType", NATUURLIJK_PERSOON);
    body.put("roltype", roltype);
    body.put("roltoelichting", ZaakFields.truncate(
        isBlank(roltoelichting) ? DEFAULT_ROLTOELICHTING : roltoelichting, ZaakFields.TOELICHTING));
    body.put("betrokkeneIdentificatie", Map.of("inpBsn", bsn));
    send(HttpMethod.POST, "POST /rollen", uri("/rollen", Map.of()), body, false);
    log.info("Zaak {}: cliënt als rol toegevoegd", identificatie);
  }

  private void setStatus(String zaakUrl, String identificatie, ZaakStatus status, String statustype, String toelichting) {
    List<JsonNode> statussen = list("GET /statussen", uri("/statussen", Map.of("zaak", zaakUrl)), false);
    Optional<JsonNode> newest = newest(statussen);
    if (newest.isPresent() && sameUrl(text(newest.get(), "statustype"), statustype)) {
      log.debug("Zaak {} heeft al status {}", identificatie, status);
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("zaak", zaakUrl);
    body.put("statustype", statustype);
    body.put("datumStatusGezet", OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), NL)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    putIfPresent(body, "statustoelichting", ZaakFields.truncate(toelichting, ZaakFields.TOELICHTING));
    send(HttpMethod.POST, "POST /statussen", uri("/statussen", Map.of()), body, false);
    log.info("Zaak {}: status {}", identificatie, status);
  }

  /** The status set last: the one the API flags (1.5), else the one with the latest datumStatusGezet. */
  private Optional<JsonNode> newest(List<JsonNode> statussen) {
    List<JsonNode> flagged = statussen.stream()
        .filter(status -> status.path("indicatieLaatstGezetteStatus").asBoolean(false))
        .toList();
    return (flagged.isEmpty() ? statussen : flagged).stream()
        .max(Comparator.comparing(this::datumStatusGezet));
  }

  private Instant datumStatusGezet(JsonNode status) {
    String value = text(status, "datumStatusGezet");
    if (value == null) {
      return Instant.MIN;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new CaseRegistryUnavailableException(
            "Zaken API: GET /statussen gaf een onleesbare datumStatusGezet: " + mask(value));
      }
    }
  }

  // --- configuration ------------------------------------------------------------------------------

  private Municipality municipality(String organisation) {
    Municipality municipality = organisation == null ? null : properties.municipalities().get(organisation);
    if (municipality == null) {
      throw new CaseRegistryUnavailableException(
          "Zaken API: geen configuratie voor organisatie %s (werkpad.zaken.municipalities.%s)"
              .formatted(organisation, organisation));
    }
    return municipality;
  }

  private static String rsin(Municipality municipality, String organisation) {
    String rsin = required(municipality.rsin(), organisation, "rsin");
    if (!Bsn.isValid(rsin)) {
      throw incomplete(organisation, "rsin", "is geen geldig RSIN (negen cijfers, elfproef)");
    }
    return rsin;
  }

  private static String statustype(Municipality municipality, String organisation, ZaakStatus status) {
    return required(municipality.statustypen().get(status), organisation, "statustypen." + status.name());
  }

  private static String resultaattype(Municipality municipality, String organisation, String resultaat) {
    String configured = resultaat == null ? null : municipality.resultaattypen().get(resultaat);
    if (!isBlank(configured)) {
      return configured;
    }
    if (!isBlank(municipality.defaultResultaattype())) {
      return municipality.defaultResultaattype();
    }
    throw incomplete(organisation, "resultaattypen." + resultaat,
        "ontbreekt en er is geen default-resultaattype");
  }

  private static String required(String value, String organisation, String property) {
    if (isBlank(value)) {
      throw incomplete(organisation, property, "ontbreekt");
    }
    return value.strip();
  }

  private static CaseRegistryUnavailableException incomplete(String organisation, String property, String problem) {
    return new CaseRegistryUnavailableException("Zaken API: configuratie van organisatie %s onvolledig: werkpad.zaken.municipalities.%s.%s %s"
        .formatted(organisation, organisation, property, problem));
  }

  private static String zaakUrl(Zaak zaak) {
    Objects.requireNonNull(zaak, "zaak");
    if (isBlank(zaak.url())) {
      throw new IllegalArgumentException("Zaak " + zaak.identificatie() + " heeft geen URL in de Zaken API");
    }
    return zaak.url();
  }

  /** The uuid in the zaak's resource URL. */
  private static String uuid(Zaak zaak) {
    Matcher matcher = ZAAK_UUID.matcher(zaakUrl(zaak).strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Zaak %s heeft geen URL van een zaak in de Zaken API (.../zaken/{uuid}): %s"
          .formatted(zaak.identificatie(), zaak.url()));
    }
    return matcher.group(1);
  }

  private static String validBaseUrl(String value) {
    try {
      URI uri = isBlank(value) ? null : URI.create(value.strip());
      if (uri == null || uri.getHost() == null
          || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
        throw new IllegalArgumentException("geen http(s)-URL");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("werkpad.zaken.mode=zgw vraagt werkpad.zaken.base-url, de http(s)-URL van de"
          + " Zaken API (bijvoorbeeld https://zaken.example.nl/zaken/api/v1); nu: " + value);
    }
    String url = value.strip();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * A key is a municipality's CBS code ("0513") or an uitvoeringsorganisatie's code ("PROMEN",
   * "WERKBAAN_OOST"). Unquoted in YAML, {@code 0513:} reads as the octal number 331 and
   * {@code rsin: 001005650} as 265128: refuse to start rather than look up the wrong municipality or
   * send a wrong RSIN.
   */
  private static void checkKeyAndRsin(String code, Municipality municipality) {
    if (code.chars().allMatch(Character::isDigit) && !CBS_CODE.matcher(code).matches()) {
      throw new IllegalStateException(("werkpad.zaken.municipalities.%s: geen CBS-gemeentecode van vier cijfers."
          + " Zet de code in YAML tussen aanhalingstekens (\"0513\"): zonder leest YAML 0513 als het getal 331")
          .formatted(code));
    }
    if (!CBS_CODE.matcher(code).matches() && !ORGANISATION_CODE.matcher(code).matches()) {
      throw new IllegalStateException(("werkpad.zaken.municipalities.%s: geen CBS-gemeentecode van vier cijfers"
          + " (\"0513\", tussen aanhalingstekens) en geen code van een uitvoeringsorganisatie (hoofdletters en"
          + " liggende streepjes, 2 tot 20 tekens, zoals PROMEN of WERKBAAN_OOST)").formatted(code));
    }
    if (municipality.rsin() != null && !municipality.rsin().matches("\\d{9}")) {
      throw new IllegalStateException(("werkpad.zaken.municipalities.%s.rsin: geen negen cijfers."
          + " Zet het RSIN in YAML tussen aanhalingstekens (\"001005650\"): zonder leest YAML het als getal")
          .formatted(code));
    }
  }

  private static Duration positive(Duration duration, String property) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalStateException("werkpad.zaken." + property + " moet positief zijn: " + duration);
    }
    return duration;
  }

  // --- HTTP ---------------------------------------------------------------------------------------

  private URI uri(String path, Map<String, String> query) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(baseUrl).path(path);
    query.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
    return builder.encode().buildAndExpand(query).toUri();
  }

  /** Every item of a list, following {@code next} through the pages. */
  private List<JsonNode> list(String operation, URI first, boolean zaakEndpoint) {
    List<JsonNode> items = new ArrayList<>();
    URI next = first;
    for (int page = 1; next != null; page++) {
      if (page > MAX_PAGES) {
        throw new CaseRegistryUnavailableException("Zaken API: " + operation + " gaf meer dan " + MAX_PAGES + " pagina's");
      }
      JsonNode answer = send(HttpMethod.GET, operation, next, null, zaakEndpoint);
      if (answer.isArray()) { // an unpaginated list, as in versions before 1.5
        answer.forEach(items::add);
        break;
      }
      JsonNode results = answer.get("results");
      if (results == null || !results.isArray()) {
        throw new CaseRegistryUnavailableException("Zaken API: " + operation + " gaf een lijst zonder results");
      }
      results.forEach(items::add);
      String nextPage = text(answer, "next");
      try {
        next = nextPage == null ? null : URI.create(baseUrl + "/").resolve(nextPage);
      } catch (IllegalArgumentException e) {
        throw new CaseRegistryUnavailableException("Zaken API: " + operation + " gaf een onleesbare next-link");
      }
    }
    return items;
  }

  private record Answer(int status, byte[] body) {}

  /**
   * The token goes to the configured Zaken API only: a {@code next} link, or a zaak URL, that points
   * elsewhere (another host, port or scheme, or outside its path) is refused before anything is sent.
   */
  private void requireOwnApi(String operation, URI uri) {
    URI base = URI.create(baseUrl + "/");
    URI target = uri.normalize();
    boolean own = base.getScheme().equalsIgnoreCase(target.getScheme())
        && base.getHost().equalsIgnoreCase(String.valueOf(target.getHost()))
        && base.getPort() == target.getPort()
        && target.getRawPath() != null && target.getRawPath().startsWith(base.getRawPath())
        && target.getRawUserInfo() == null;
    if (!own) {
      throw new CaseRegistryUnavailableException("Zaken API: " + operation + " verwijst naar " + target.getScheme() + "://"
          + target.getHost() + (target.getPort() < 0 ? "" : ":" + target.getPort()) + ", buiten " + baseUrl
          + "; Werkpad stuurt zijn token alleen naar de ingestelde Zaken API");
    }
  }

  private JsonNode send(HttpMethod method, String operation, URI uri, Map<String, Object> body, boolean zaakEndpoint) {
    requireOwnApi(operation, uri);
    Answer answer;
    long start = System.nanoTime();
    try {
      RestClient.RequestBodySpec request = http.method(method).uri(uri).headers(headers -> {
        headers.setBearerAuth(jwt.token());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (zaakEndpoint) {
          // The spec requires both on every /zaken operation, GET included.
          headers.set("Accept-Crs", CRS);
          headers.set("Content-Crs", CRS);
        }
      });
      if (body != null) {
        request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(body));
      }
      answer = request.exchange((req, response) ->
          new Answer(response.getStatusCode().value(), StreamUtils.copyToByteArray(response.getBody())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Verzoek aan de Zaken API niet te maken: " + operation, e);
    } catch (ResourceAccessException e) {
      throw unreachable(operation, e, Duration.ofNanos(System.nanoTime() - start));
    } catch (RestClientException e) {
      throw new CaseRegistryUnavailableException(
          "Zaken API: %s mislukt (%s)".formatted(operation, e.getClass().getSimpleName()), e);
    }
    if (answer.status() < 200 || answer.status() > 299) {
      throw failure(operation, answer.status(), answer.body());
    }
    try {
      JsonNode node = json.readTree(answer.body());
      if (node != null && (node.isObject() || node.isArray())) {
        return node;
      }
    } catch (IOException unreadable) {
      // reported below
    }
    throw new CaseRegistryUnavailableException(
        "Zaken API: %s gaf HTTP %d zonder leesbaar JSON-antwoord".formatted(operation, answer.status()));
  }

  private CaseRegistryUnavailableException unreachable(String operation, ResourceAccessException e, Duration elapsed) {
    String reason = null;
    String last = e.getClass().getSimpleName();
    for (Throwable cause = e.getCause(); cause != null && reason == null; cause = cause.getCause()) {
      if (cause instanceof HttpConnectTimeoutException) {
        reason = "geen verbinding binnen %d ms (time-out)".formatted(properties.connectTimeout().toMillis());
      } else if (cause instanceof HttpTimeoutException) {
        reason = "geen antwoord binnen %d ms (time-out)".formatted(properties.readTimeout().toMillis());
      } else if (cause instanceof ConnectException) {
        reason = "verbinding geweigerd of niet mogelijk";
      } else {
        last = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + mask(cause.getMessage()));
      }
    }
    if (reason == null && elapsed.compareTo(properties.readTimeout()) >= 0) {
      // An answer whose body is still coming when the read timeout ends is closed by the request
      // factory: that surfaces as a plain IOException ("closed"), not as a time-out.
      reason = "geen volledig antwoord binnen %d ms (time-out)".formatted(properties.readTimeout().toMillis());
    }
    if (reason == null) {
      reason = last;
    }
    return new CaseRegistryUnavailableException(
        "Zaken API %s niet bereikbaar bij %s: %s".formatted(baseUrl, operation, reason), e);
  }

  /** HTTP status, problem title and code, detail, and the names of invalid fields; no BSN. */
  private ZgwFailure failure(String operation, int status, byte[] body) {
    StringBuilder message = new StringBuilder("Zaken API: ").append(operation).append(" gaf HTTP ").append(status);
    HttpStatus known = HttpStatus.resolve(status);
    if (known != null) {
      message.append(' ').append(known.getReasonPhrase());
    }
    Set<String> invalidParams = new LinkedHashSet<>();
    JsonNode problem = null;
    try {
      problem = json.readTree(body);
    } catch (IOException notJson) {
      // a proxy's HTML page, for instance: the status says enough
    }
    if (problem != null && problem.isObject()) {
      String title = text(problem, "title");
      String code = text(problem, "code");
      String detail = text(problem, "detail");
      if (!isBlank(title)) {
        message.append(": ").append(mask(title));
      }
      if (!isBlank(code)) {
        message.append(" [").append(mask(code)).append(']');
      }
      if (!isBlank(detail) && !detail.equals(title)) {
        message.append(" - ").append(shorten(mask(detail)));
      }
      List<String> fields = new ArrayList<>();
      for (JsonNode param : problem.path("invalidParams")) {
        String name = text(param, "name");
        String paramCode = text(param, "code");
        if (name != null) {
          invalidParams.add(name);
          fields.add(mask(name) + (paramCode == null ? "" : " (" + mask(paramCode) + ")"));
        }
      }
      if (!fields.isEmpty()) {
        message.append("; ongeldige velden: ").append(String.join(", ", fields));
      }
    }
    return new ZgwFailure(message.toString(), status, invalidParams);
  }

  /** A refusal or error of the Zaken API, with what the client needs to decide on it. */
  static final class ZgwFailure extends CaseRegistryUnavailableException {
    final int status;
    final Set<String> invalidParams;

    ZgwFailure(String message, int status, Set<String> invalidParams) {
      super(message);
      this.status = status;
      this.invalidParams = Set.copyOf(invalidParams);
    }
  }

  // --- small helpers ------------------------------------------------------------------------------

  /** Texts from the server may quote what was sent; a nine-digit number there could be the BSN. */
  private static String mask(String text) {
    return BsnMasking.mask(text);
  }

  private static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }

  private static String requiredField(JsonNode node, String field, String operation) {
    String value = text(node, field);
    if (value == null) {
      throw new CaseRegistryUnavailableException("Zaken API: " + operation + " gaf een zaak zonder " + field);
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }

  private static boolean sameUrl(String a, String b) {
    return a != null && b != null && stripSlash(a).equals(stripSlash(b));
  }

  private static String stripSlash(String url) {
    String trimmed = url.strip();
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  private static void putIfPresent(Map<String, Object> body, String field, String value) {
    if (!isBlank(value)) {
      body.put(field, value);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
