package nl.werkpad.person;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The Haal Centraal client against a stub serving answers shaped like the BRP Personen API 2.x. */
class HaalCentraalPersonRegistryTest {

  @RegisterExtension
  static WireMockExtension brp = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String PATH = "/haalcentraal/api/brp/personen";
  private static final String BSN = "999993653";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String PROBLEM = "application/problem+json";

  private static final String SANNE = """
      {
        "type": "RaadpleegMetBurgerservicenummer",
        "personen": [
          {
            "naam": {
              "voornamen": "Sanne Maria",
              "voorvoegsel": "de",
              "geslachtsnaam": "Wit"
            },
            "geboorte": {
              "datum": { "type": "Datum", "datum": "1990-03-15", "langFormaat": "15 maart 1990" }
            },
            "verblijfplaats": {
              "type": "Adres",
              "verblijfadres": {
                "officieleStraatnaam": "Burgemeester Jamessingel",
                "korteStraatnaam": "Burg Jamessingel",
                "huisnummer": 12,
                "huisletter": "a",
                "huisnummertoevoeging": "2",
                "postcode": "2803PV",
                "woonplaats": "Gouda"
              }
            },
            "gemeenteVanInschrijving": { "code": "0513", "omschrijving": "Gouda" }
          }
        ]
      }
      """;

  private final Map<String, String> config = new HashMap<>(Map.of(
      "werkpad.brp.mode", "haalcentraal",
      "werkpad.brp.base-url", brp.baseUrl() + "/haalcentraal/api/brp",
      "werkpad.brp.api-key", "geheime-sleutel",
      "werkpad.brp.read-timeout", "1500ms",
      "werkpad.brp.protocollering.defaults.doelbinding", "Participatiewet",
      "werkpad.brp.protocollering.defaults.verwerking", "Werk en participatie",
      "werkpad.brp.protocollering.defaults.origin-oin", "00000001000000000000"));

  @Test
  void mapsAFoundPersonCompletely() {
    answer(200, JSON, SANNE);

    Person person = registry().find(BSN, "0513").orElseThrow();

    assertThat(person).isEqualTo(new Person(BSN, "Sanne Maria", "de", "Wit", LocalDate.of(1990, 3, 15),
        new Person.Adres("Burgemeester Jamessingel", "12a-2", "2803 PV", "Gouda"), "0513", false));
  }

  @Test
  void asksOnlyTheFieldsPersonNeeds() throws IOException {
    answer(200, JSON, SANNE);

    registry().find(BSN, "0513");

    LoggedRequest request = onlyRequest();
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getHeader("Accept")).contains("application/json").contains("application/problem+json");
    JsonNode body = new ObjectMapper().readTree(request.getBodyAsString());
    assertThat(body.path("type").asText()).isEqualTo("RaadpleegMetBurgerservicenummer");
    assertThat(body.path("burgerservicenummer")).hasSize(1);
    assertThat(body.path("burgerservicenummer").get(0).asText()).isEqualTo(BSN);
    List<String> fields = new ArrayList<>();
    body.path("fields").forEach(f -> fields.add(f.asText()));
    assertThat(fields).containsExactlyInAnyOrder(
        "naam.voornamen", "naam.voorvoegsel", "naam.geslachtsnaam", "geboorte.datum",
        "verblijfplaats.verblijfadres.officieleStraatnaam", "verblijfplaats.verblijfadres.korteStraatnaam",
        "verblijfplaats.verblijfadres.huisnummer", "verblijfplaats.verblijfadres.huisletter",
        "verblijfplaats.verblijfadres.huisnummertoevoeging", "verblijfplaats.verblijfadres.postcode",
        "verblijfplaats.verblijfadres.woonplaats", "gemeenteVanInschrijving");
    assertThat(fields).noneMatch(f -> f.startsWith("geheimhoudingPersoonsgegevens") || f.contains("inOnderzoek"));
    assertThat(body.size()).isEqualTo(3);
    // The BSN travels in the body only.
    assertThat(request.getUrl()).isEqualTo(PATH).doesNotContain(BSN);
    request.getHeaders().all().forEach(h -> assertThat(h.values()).noneMatch(v -> v.contains(BSN)));
  }

  @Test
  void sendsTheApiKeyAndTheProtocolleringOfTheAskingMunicipality() {
    config.put("werkpad.brp.protocollering.defaults.gebruiker", "werkpad");
    config.put("werkpad.brp.protocollering.gemeenten.0502.origin-oin", "00000001002220647000");
    config.put("werkpad.brp.protocollering.gemeenten.0502.doelbinding", "Participatiewet Capelle");
    config.put("werkpad.brp.protocollering.gemeenten.0502.gebruiker", "");
    config.put("werkpad.brp.protocollering.gemeenten.0502.extra-headers.[X-Correlation-ID]", "werkpad-capelle");
    answer(200, JSON, SANNE);
    PersonRegistry registry = registry();

    registry.find(BSN, "0513");
    registry.find(BSN, "0502");

    brp.verify(postRequestedFor(urlEqualTo(PATH))
        .withHeader("X-API-KEY", equalTo("geheime-sleutel"))
        .withHeader("X-DOELBINDING", equalTo("Participatiewet"))
        .withHeader("X-VERWERKING", equalTo("Werk en participatie"))
        .withHeader("X-GEBRUIKER", equalTo("werkpad"))
        .withHeader("X-ORIGIN-OIN", equalTo("00000001000000000000"))
        .withHeader("X-Correlation-ID", absent()));
    brp.verify(postRequestedFor(urlEqualTo(PATH))
        .withHeader("X-API-KEY", equalTo("geheime-sleutel"))
        .withHeader("X-DOELBINDING", equalTo("Participatiewet Capelle"))
        .withHeader("X-VERWERKING", equalTo("Werk en participatie"))
        .withHeader("X-GEBRUIKER", absent())
        .withHeader("X-ORIGIN-OIN", equalTo("00000001002220647000"))
        .withHeader("X-Correlation-ID", equalTo("werkpad-capelle")));
  }

  @Test
  void takesHeaderNamesFromConfiguration() {
    config.put("werkpad.brp.api-key-header", "Authorization-Key");
    config.put("werkpad.brp.protocollering.header-names.doelbinding", "X-Doel");
    config.put("werkpad.brp.protocollering.header-names.origin-oin", "");
    config.remove("werkpad.brp.protocollering.defaults.origin-oin");
    answer(200, JSON, SANNE);

    registry().find(BSN, "0513");

    brp.verify(postRequestedFor(urlEqualTo(PATH))
        .withHeader("Authorization-Key", equalTo("geheime-sleutel"))
        .withHeader("X-API-KEY", absent())
        .withHeader("X-Doel", equalTo("Participatiewet"))
        .withHeader("X-DOELBINDING", absent())
        .withHeader("X-ORIGIN-OIN", absent()));
  }

  @Test
  void refusesToAskWithoutProtocollering() {
    config.remove("werkpad.brp.protocollering.defaults.doelbinding");
    config.put("werkpad.brp.protocollering.gemeenten.0513.origin-oin", "");
    answer(200, JSON, SANNE);

    assertThatExceptionOfType(PersonRegistryUnavailableException.class)
        .isThrownBy(() -> registry().find(BSN, "0513"))
        .withMessageContaining("protocollering onvolledig")
        .withMessageContaining("X-DOELBINDING (doelbinding)")
        .withMessageContaining("X-ORIGIN-OIN (origin-oin)")
        .withMessageContaining("gemeenten.\"0513\"")
        .withMessageNotContaining(BSN);
    assertThat(brp.getAllServeEvents()).isEmpty();
  }

  @Test
  void sendsNoApiKeyWhenNoneIsConfigured() {
    config.remove("werkpad.brp.api-key");
    answer(200, JSON, SANNE);

    registry().find(BSN, "0513");

    brp.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("X-API-KEY", absent()));
  }

  @Test
  void zeroPersonsIsNotFound() {
    answer(200, JSON, """
        {"type": "RaadpleegMetBurgerservicenummer", "personen": []}
        """);

    assertThat(registry().find("999990482", "0513")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "{\"type\": \"JaarMaandDatum\", \"jaar\": 1980, \"maand\": 5, \"langFormaat\": \"mei 1980\"}",
      "{\"type\": \"JaarDatum\", \"jaar\": 1980, \"langFormaat\": \"1980\"}",
      "{\"type\": \"DatumOnbekend\", \"onbekend\": true, \"langFormaat\": \"onbekend\"}",
  })
  void anIncompleteBirthDateIsNull(String datum) {
    answer(200, JSON, """
        {"type": "RaadpleegMetBurgerservicenummer", "personen": [{
          "naam": {"voornamen": "Ahmad", "geslachtsnaam": "Haidari"},
          "geboorte": {"datum": %s},
          "gemeenteVanInschrijving": {"code": "0513", "omschrijving": "Gouda"}
        }]}
        """.formatted(datum));

    Person person = registry().find(BSN, "0513").orElseThrow();

    assertThat(person.geboortedatum()).isNull();
    assertThat(person.leeftijdOp(LocalDate.of(2026, 1, 1))).isNull();
    assertThat(person.naam()).isEqualTo("Ahmad Haidari");
  }

  @Test
  void geheimhoudingIsDeliveredWithoutBeingAsked() {
    answer(200, JSON, """
        {"type": "RaadpleegMetBurgerservicenummer", "personen": [{
          "geheimhoudingPersoonsgegevens": true,
          "naam": {"voornamen": "Ilse", "geslachtsnaam": "Jansen"},
          "geboorte": {"datum": {"type": "Datum", "datum": "1988-12-03", "langFormaat": "3 december 1988"}},
          "verblijfplaats": {"type": "Adres", "verblijfadres": {
            "officieleStraatnaam": "Spieringstraat", "korteStraatnaam": "Spieringstr", "huisnummer": 5,
            "postcode": "2801ZP", "woonplaats": "Gouda"}},
          "gemeenteVanInschrijving": {"code": "0513", "omschrijving": "Gouda"}
        }]}
        """);

    Person person = registry().find("999990111", "0513").orElseThrow();

    assertThat(person.geheimhouding()).isTrue();
    assertThat(person.adres()).isEqualTo(new Person.Adres("Spieringstraat", "5", "2801 ZP", "Gouda"));
  }

  @Test
  void aPlaceWithoutADutchAddressGivesNoAddress() {
    answer(200, JSON, """
        {"type": "RaadpleegMetBurgerservicenummer", "personen": [{
          "naam": {"geslachtsnaam": "Martins"},
          "verblijfplaats": {"type": "Locatie"},
          "gemeenteVanInschrijving": {"code": "0484", "omschrijving": "Alphen aan den Rijn"}
        }]}
        """);

    Person person = registry().find(BSN, "0484").orElseThrow();

    assertThat(person.adres()).isNull();
    assertThat(person.geboortedatum()).isNull();
    assertThat(person.voornamen()).isNull();
    assertThat(person.geheimhouding()).isFalse();
  }

  @Test
  void takesTheShortStreetNameWhenThereIsNoOfficialOne() {
    answer(200, JSON, """
        {"type": "RaadpleegMetBurgerservicenummer", "personen": [{
          "naam": {"geslachtsnaam": "Wit"},
          "verblijfplaats": {"type": "Adres", "verblijfadres": {
            "korteStraatnaam": "Markt", "huisnummer": 1, "woonplaats": "Gouda"}},
          "gemeenteVanInschrijving": {"code": "0513", "omschrijving": "Gouda"}
        }]}
        """);

    assertThat(registry().find(BSN, "0513").orElseThrow().adres())
        .isEqualTo(new Person.Adres("Markt", "1", null, "Gouda"));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @CsvSource(delimiter = '|', value = {
      "400 | Ten minste één parameter moet worden opgegeven.",
      "401 | Niet correct geauthenticeerd.",
      "403 | U bent niet geautoriseerd voor deze operatie.",
      "500 | Interne server fout.",
      "503 | Bronservice BRP is tijdelijk niet beschikbaar.",
  })
  void anErrorStatusMakesTheRegistryUnavailable(int status, String title) {
    answer(status, PROBLEM, """
        {"type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html",
         "title": "%s", "status": %d,
         "detail": "Details over burgerservicenummer %s.",
         "instance": "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp/personen",
         "code": "fout"}
        """.formatted(title, status, BSN));

    assertThatExceptionOfType(PersonRegistryUnavailableException.class)
        .isThrownBy(() -> registry().find(BSN, "0513"))
        .withMessageContaining("HTTP " + status)
        .withMessageContaining(title)
        .withMessageContaining("gemeente 0513")
        .withMessageNotContaining(BSN);
  }

  @Test
  void aBadRequestNamesTheInvalidParametersButNeverTheBsn() {
    answer(400, PROBLEM, """
        {"type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1",
         "title": "Een of meerdere parameters zijn niet correct.", "status": 400,
         "detail": "De foutieve parameter(s) zijn: fields[12].", "code": "paramsValidation",
         "invalidParams": [
           {"type": "https://www.vng.nl/realisatie/api/validaties/fields", "name": "fields[12]",
            "code": "field", "reason": "Parameter bevat een niet bestaande veldnaam."},
           {"type": "https://www.vng.nl/realisatie/api/validaties/pattern", "name": "burgerservicenummer[0]",
            "code": "pattern", "reason": "Waarde %s voldoet niet aan patroon."}
         ]}
        """.formatted(BSN));

    assertThatExceptionOfType(PersonRegistryUnavailableException.class)
        .isThrownBy(() -> registry().find(BSN, "0513"))
        .withMessageContaining("HTTP 400 (Een of meerdere parameters zijn niet correct.; code paramsValidation")
        .withMessageContaining("fields[12]: Parameter bevat een niet bestaande veldnaam.")
        .withMessageContaining("burgerservicenummer[0]: Waarde [bsn] voldoet niet aan patroon.")
        .withMessageNotContaining(BSN);
  }

  @Test
  void anErrorWithoutProblemJsonStillNamesTheStatus() {
    answer(502, "text/html", "<html><body>Bad gateway for " + BSN + "</body></html>");

    assertThatExceptionOfType(PersonRegistryUnavailableException.class)
        .isThrownBy(() -> registry().find(BSN, "0513"))
        .withMessageContaining("HTTP 502")
        .withMessageNotContaining(BSN);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "niet-json",
      "[]",
      "{\"type\": \"RaadpleegMetBurgerservicenummer\"}",
      "{\"type\": \"ZoekMetPostcodeEnHuisnummer\", \"personen\": []}",
      "{\"type\": \"RaadpleegMetBurgerservicenummer\", \"personen\": [{\"geboorte\": {\"datum\": "
          + "{\"type\": \"Datum\", \"datum\": \"15-03-1990\"}}}]}",
      "{\"type\": \"RaadpleegMetBurgerservicenummer\", \"personen\": [{}, {}]}",
  })
  void anUnparsableAnswerMakesTheRegistryUnavailable(String body) {
    answer(200, JSON, body);

    assertThatExceptionOfType(PersonRegistryUnavailableException.class)
        .isThrownBy(() -> registry().find(BSN, "0513"))
        .withMessageContaining("onbruikbaar antwoord (HTTP 200")
        .withMessageNotContaining(BSN);
  }

  /** What a gateway or a misconfigured proxy sends instead of the API's answer, with status 200. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "text/html; charset=utf-8 | <!DOCTYPE html><html><body><h1>Onderhoud</h1><p>Vraag 999993653 later opnieuw.</p></body></html>",
      "application/json         | {\"type\": \"RaadpleegMetBurgerservicenummer\", \"personen\": [",
      "application/json         | ''",
      "text/plain               | OK",
      "onzin                    | {}",
  })
  void anAnswerThatIsNotTheApisIsUnavailableNotARawException(String contentType, String body) {
    answer(200, contentType, body);

    assertThatExceptionOfType(PersonRegistryUnavailableException.class)
        .isThrownBy(() -> registry().find(BSN, "0513"))
        .withMessageStartingWith("BRP (POST " + brp.baseUrl() + PATH + ") gaf een onbruikbaar antwoord (HTTP 200")
        .withMessageEndingWith(" voor gemeente 0513.")
        .withMessageNotContaining(BSN);
  }

  @Test
  void anHtmlPageSaysWhatCameInsteadOfJson() {
    answer(200, "text/html; charset=utf-8", "<html><body>Inloggen bij de gateway</body></html>");

    assertThatExceptionOfType(PersonRegistryUnavailableException.class)
        .isThrownBy(() -> registry().find(BSN, "0513"))
        .withMessage("BRP (POST " + brp.baseUrl() + PATH + ") gaf een onbruikbaar antwoord (HTTP 200: geen JSON maar"
            + " text/html) voor gemeente 0513.")
        .withNoCause();
  }

  @Test
  void anErrorWithAContentTypeThatIsNoneIsStillUnavailable() {
    answer(503, "onzin", "<html>Service Unavailable</html>");

    assertThatExceptionOfType(PersonRegistryUnavailableException.class)
        .isThrownBy(() -> registry().find(BSN, "0513"))
        .withMessageContaining("HTTP 503")
        .withMessageNotContaining(BSN);
  }

  @Test
  void aSlowAnswerTimesOut() {
    brp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", JSON).withBody(SANNE).withFixedDelay(3_000)));

    assertThatExceptionOfType(PersonRegistryUnavailableException.class)
        .isThrownBy(() -> registry().find(BSN, "0513"))
        .withMessageContaining("read-timeout van 1500ms")
        .withMessageNotContaining(BSN);
  }

  @Test
  void anAnswerThatDribblesInTimesOut() {
    brp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", JSON).withBody(SANNE).withChunkedDribbleDelay(10, 3_000)));

    assertThatExceptionOfType(PersonRegistryUnavailableException.class)
        .isThrownBy(() -> registry().find(BSN, "0513"))
        .withMessageContaining("read-timeout van 1500ms")
        .withMessageNotContaining(BSN);
  }

  @Test
  void aRefusedConnectionMakesTheRegistryUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    config.put("werkpad.brp.base-url", "http://localhost:" + closedPort + "/haalcentraal/api/brp");

    assertThatExceptionOfType(PersonRegistryUnavailableException.class)
        .isThrownBy(() -> registry().find(BSN, "0513"))
        .withMessageContaining("niet bereikbaar")
        .withMessageContaining("localhost:" + closedPort)
        .withMessageNotContaining(BSN);
  }

  @Test
  void refusesAnInvalidBsnWithoutAsking() {
    assertThatIllegalArgumentException().isThrownBy(() -> registry().find("123456789", "0513"))
        .withMessageNotContaining("123456789");
    assertThat(brp.getAllServeEvents()).isEmpty();
  }

  @Test
  void refusesABaseUrlThatIsNotAbsolute() {
    config.put("werkpad.brp.base-url", "/haalcentraal/api/brp");

    assertThatExceptionOfType(IllegalStateException.class).isThrownBy(this::registry)
        .withMessageContaining("werkpad.brp.base-url");
  }

  private HaalCentraalPersonRegistry registry() {
    BrpProperties properties = new Binder(new MapConfigurationPropertySource(config))
        .bindOrCreate("werkpad.brp", BrpProperties.class);
    return new HaalCentraalPersonRegistry(properties);
  }

  private static void answer(int status, String contentType, String body) {
    brp.stubFor(post(urlEqualTo(PATH))
        .withRequestBody(matchingJsonPath("$.type", equalTo("RaadpleegMetBurgerservicenummer")))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
  }

  private static LoggedRequest onlyRequest() {
    List<LoggedRequest> requests = brp.findAll(postRequestedFor(urlEqualTo(PATH)));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }
}
