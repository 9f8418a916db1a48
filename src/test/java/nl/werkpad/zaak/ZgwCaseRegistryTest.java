package nl.werkpad.zaak;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.werkpad.zaak.CaseRegistry.Zaak;
import nl.werkpad.zaak.CaseRegistry.ZaakStatus;
import nl.werkpad.zaak.ZakenProperties.Mode;
import nl.werkpad.zaak.ZakenProperties.Municipality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ZGW Zaken API 1.5 client against a stub that answers as the spec describes. */
class ZgwCaseRegistryTest {

  @RegisterExtension
  static WireMockExtension zrc = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String API = "/zaken/api/v1";
  static final String BSN = "999993653";
  static final String OTHER_BSN = "999990639";
  static final String RSIN = "001005650";
  static final String JOURNEY = "KR-2026-000042";
  static final String CLIENT_ID = "werkpad-test";
  static final String SECRET = "een-gedeeld-geheim-van-minstens-32-bytes!";
  static final Instant NOW = Instant.parse("2026-03-02T09:15:30Z");
  static final String NOW_NL = "2026-03-02T10:15:30+01:00";

  static final String CATALOGI = "https://catalogi.example.nl/catalogi/api/v1";
  static final String ZAAKTYPE = CATALOGI + "/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1";
  static final String ROLTYPE = CATALOGI + "/roltypen/5d6d3a8a-6b4e-4b7a-9f53-3a0c1b5e7a11";
  static final Map<ZaakStatus, String> STATUSTYPEN = Map.of(
      ZaakStatus.AANGEMELD, CATALOGI + "/statustypen/aaaaaaaa-0000-4000-8000-000000000001",
      ZaakStatus.INTAKE_AFGEROND, CATALOGI + "/statustypen/aaaaaaaa-0000-4000-8000-000000000002",
      ZaakStatus.VERWEZEN, CATALOGI + "/statustypen/aaaaaaaa-0000-4000-8000-000000000003",
      ZaakStatus.TRAJECT_GESTART, CATALOGI + "/statustypen/aaaaaaaa-0000-4000-8000-000000000004",
      ZaakStatus.AFGEROND, CATALOGI + "/statustypen/aaaaaaaa-0000-4000-8000-000000000005");
  static final String RESULTAATTYPE_WERK = CATALOGI + "/resultaattypen/bbbbbbbb-0000-4000-8000-000000000001";
  static final String RESULTAATTYPE_DEFAULT = CATALOGI + "/resultaattypen/bbbbbbbb-0000-4000-8000-000000000099";

  @RegisterExtension final ZaakLogs logs = new ZaakLogs(BSN, OTHER_BSN);

  String base;
  String zaakUrl;
  ZgwCaseRegistry registry;

  @BeforeEach
  void setUp() {
    base = zrc.baseUrl() + API;
    zaakUrl = base + "/zaken/3e1b0c6e-3a4b-4cfe-9a1c-6b0f5a3c8d21";
    registry = new ZgwCaseRegistry(properties(base, SECRET, Duration.ofSeconds(10), municipalities()), clock());
  }

  // --- open ---------------------------------------------------------------------------------------

  @Test
  void opensANewZaakWithTheJourneyNumberAndTheClientAsRol() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(okJson(page())));
    zrc.stubFor(post(urlPathEqualTo(API + "/zaken")).willReturn(created(zaakJson(), "Content-Crs", "EPSG:4326")));
    zrc.stubFor(get(urlPathEqualTo(API + "/rollen")).willReturn(okJson(page())));
    zrc.stubFor(post(urlPathEqualTo(API + "/rollen")).willReturn(created(rolJson(BSN))));

    Zaak zaak = registry.open(JOURNEY, "0513", BSN, "Klantreis werk en participatie", LocalDate.of(2026, 3, 2));

    assertThat(zaak).isEqualTo(new Zaak(JOURNEY, zaakUrl, "0513"));
    zrc.verify(getRequestedFor(urlPathEqualTo(API + "/zaken"))
        .withQueryParam("identificatie", equalTo(JOURNEY))
        .withQueryParam("bronorganisatie", equalTo(RSIN))
        .withHeader("Accept-Crs", equalTo("EPSG:4326"))
        .withHeader("Content-Crs", equalTo("EPSG:4326"))
        .withHeader("Authorization", matching("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+")));
    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/zaken"))
        .withHeader("Accept-Crs", equalTo("EPSG:4326"))
        .withHeader("Content-Crs", equalTo("EPSG:4326"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {
              "identificatie": "%s",
              "bronorganisatie": "%s",
              "verantwoordelijkeOrganisatie": "%s",
              "zaaktype": "%s",
              "startdatum": "2026-03-02",
              "omschrijving": "Klantreis werk en participatie"
            }""".formatted(JOURNEY, RSIN, RSIN, ZAAKTYPE))));
    zrc.verify(getRequestedFor(urlPathEqualTo(API + "/rollen"))
        .withQueryParam("zaak", equalTo(zaakUrl))
        .withQueryParam("betrokkeneType", equalTo("natuurlijk_persoon")));
    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/rollen"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withHeader("Content-Crs", absent())
        .withRequestBody(equalToJson("""
            {
              "zaak": "%s",
              "betrokkeneType": "natuurlijk_persoon",
              "roltype": "%s",
              "roltoelichting": "Cliënt",
              "betrokkeneIdentificatie": {"inpBsn": "%s"}
            }""".formatted(zaakUrl, ROLTYPE, BSN))));
    assertNoBsnInAnyUrl();
    assertThat(logs.count()).as("log lines checked for the BSN").isPositive();
  }

  @Test
  void reusesTheZaakOfTheJourneyAndItsRol() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(okJson(page(zaakJson()))));
    zrc.stubFor(get(urlPathEqualTo(API + "/rollen")).willReturn(okJson(page(rolJson(OTHER_BSN), rolJson(BSN)))));

    Zaak zaak = registry.open(JOURNEY, "0513", BSN, "Klantreis werk en participatie", LocalDate.of(2026, 3, 2));

    assertThat(zaak).isEqualTo(new Zaak(JOURNEY, zaakUrl, "0513"));
    zrc.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void addsTheClientToAnExistingZaakThatLacksTheirRol() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(okJson(page(zaakJson()))));
    zrc.stubFor(get(urlPathEqualTo(API + "/rollen")).willReturn(okJson(page())));
    zrc.stubFor(post(urlPathEqualTo(API + "/rollen")).willReturn(created(rolJson(BSN))));

    registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2));

    zrc.verify(0, postRequestedFor(urlPathEqualTo(API + "/zaken")));
    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/rollen"))
        .withRequestBody(equalToJson("{\"betrokkeneIdentificatie\": {\"inpBsn\": \"" + BSN + "\"}}", false, true)));
  }

  @Test
  void neverJoinsAZaakWithItsNumberThatBelongsToSomeoneElse() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(okJson(page(zaakJson()))));
    zrc.stubFor(get(urlPathEqualTo(API + "/rollen")).willReturn(okJson(page(rolJson(OTHER_BSN)))));

    assertThatThrownBy(() -> registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2)))
        .hasMessageStartingWith("Zaak " + JOURNEY + " in het zaaksysteem hoort bij een andere persoon")
        .hasMessageNotContaining(BSN).hasMessageNotContaining(OTHER_BSN);
    zrc.verify(0, postRequestedFor(urlPathEqualTo(API + "/rollen")));
  }

  @Test
  void findsTheZaakWhenItsIdentificatieWasTakenMeanwhile() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).inScenario("parallel").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(page())).willSetStateTo("made by the other"));
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).inScenario("parallel").whenScenarioStateIs("made by the other")
        .willReturn(okJson(page(zaakJson()))));
    zrc.stubFor(post(urlPathEqualTo(API + "/zaken")).willReturn(problem(400, validationProblem("identificatie",
        "identificatie-niet-uniek", "Deze identificatie bestaat al binnen de bronorganisatie"))));
    zrc.stubFor(get(urlPathEqualTo(API + "/rollen")).willReturn(okJson(page(rolJson(BSN)))));

    assertThat(registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2)))
        .isEqualTo(new Zaak(JOURNEY, zaakUrl, "0513"));
  }

  @Test
  void signsEveryRequestWithAJwtForTheConfiguredClient() throws Exception {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(okJson(page(zaakJson()))));
    zrc.stubFor(get(urlPathEqualTo(API + "/rollen")).willReturn(okJson(page(rolJson(BSN)))));

    registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2));

    List<ServeEvent> requests = zrc.getAllServeEvents();
    assertThat(requests).hasSize(2);
    for (ServeEvent request : requests) {
      String authorization = request.getRequest().getHeader("Authorization");
      assertThat(authorization).startsWith("Bearer ");
      SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
      assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
      assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      assertThat(claims.getIssuer()).isEqualTo(CLIENT_ID);
      assertThat(claims.getStringClaim("client_id")).isEqualTo(CLIENT_ID);
      assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
      assertThat(claims.getStringClaim("user_id")).isEqualTo("werkpad");
      assertThat(claims.getStringClaim("user_representation")).isEqualTo("Werkpad");
      assertThat(jwt.serialize()).doesNotContain(BSN);
    }
  }

  @Test
  void signsWithASecretShorterThan256BitsAsTheZaaksysteemChecksIt() throws Exception {
    String shortSecret = "geheim";
    registry = new ZgwCaseRegistry(properties(base, shortSecret, Duration.ofSeconds(10), municipalities()), clock());
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(okJson(page(zaakJson()))));
    zrc.stubFor(get(urlPathEqualTo(API + "/rollen")).willReturn(okJson(page(rolJson(BSN)))));

    registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2));

    String token = zrc.getAllServeEvents().get(0).getRequest().getHeader("Authorization").substring(7);
    String[] parts = token.split("\\.");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(shortSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(parts[2]).isEqualTo(Base64URL.encode(expected).toString());
    assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("client_id")).isEqualTo(CLIENT_ID);
  }

  // --- status -------------------------------------------------------------------------------------

  @Test
  void setsAStatusWhenTheNewestStatusIsAnother() {
    // Unordered, and without indicatieLaatstGezetteStatus: the newest is the latest datumStatusGezet.
    zrc.stubFor(get(urlPathEqualTo(API + "/statussen")).willReturn(okJson(page(
        statusJson(ZaakStatus.INTAKE_AFGEROND, "2026-03-01T14:00:00+01:00", false),
        statusJson(ZaakStatus.AANGEMELD, "2026-02-20T09:00:00Z", false)))));
    zrc.stubFor(post(urlPathEqualTo(API + "/statussen")).willReturn(created(
        statusJson(ZaakStatus.VERWEZEN, NOW_NL, true))));

    registry.setStatus(new Zaak(JOURNEY, zaakUrl, "0513"), ZaakStatus.VERWEZEN, "Verwezen naar Promen");

    zrc.verify(getRequestedFor(urlPathEqualTo(API + "/statussen")).withQueryParam("zaak", equalTo(zaakUrl)));
    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/statussen"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {
              "zaak": "%s",
              "statustype": "%s",
              "datumStatusGezet": "%s",
              "statustoelichting": "Verwezen naar Promen"
            }""".formatted(zaakUrl, STATUSTYPEN.get(ZaakStatus.VERWEZEN), NOW_NL))));
  }

  @Test
  void skipsAStatusTheZaakHasAlready() {
    zrc.stubFor(get(urlPathEqualTo(API + "/statussen")).willReturn(okJson(page(
        statusJson(ZaakStatus.INTAKE_AFGEROND, "2026-03-01T14:00:00+01:00", true),
        statusJson(ZaakStatus.AANGEMELD, "2026-02-20T09:00:00+01:00", false)))));

    registry.setStatus(new Zaak(JOURNEY, zaakUrl, "0513"), ZaakStatus.INTAKE_AFGEROND, "Intake afgerond");

    zrc.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void setsAStatusAgainWhenOnlyAnOlderStatusHadIt() {
    zrc.stubFor(get(urlPathEqualTo(API + "/statussen")).willReturn(okJson(page(
        statusJson(ZaakStatus.AANGEMELD, "2026-02-20T09:00:00+01:00", false),
        statusJson(ZaakStatus.VERWEZEN, "2026-03-01T14:00:00+01:00", true)))));
    zrc.stubFor(post(urlPathEqualTo(API + "/statussen")).willReturn(created(
        statusJson(ZaakStatus.AANGEMELD, NOW_NL, true))));

    registry.setStatus(new Zaak(JOURNEY, zaakUrl, "0513"), ZaakStatus.AANGEMELD, "Opnieuw aangemeld");

    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/statussen")).withRequestBody(
        equalToJson("{\"statustype\": \"" + STATUSTYPEN.get(ZaakStatus.AANGEMELD) + "\"}", false, true)));
  }

  @Test
  void followsTheNextPageOfAList() {
    String secondPage = base + "/statussen?page=2&zaak=" + zaakUrl;
    zrc.stubFor(get(urlPathEqualTo(API + "/statussen")).withQueryParam("page", absent()).willReturn(okJson(
        pageWithNext(secondPage, 2, statusJson(ZaakStatus.AANGEMELD, "2026-02-20T09:00:00+01:00", false)))));
    zrc.stubFor(get(urlPathEqualTo(API + "/statussen")).withQueryParam("page", equalTo("2")).willReturn(okJson(
        page(statusJson(ZaakStatus.TRAJECT_GESTART, "2026-03-01T09:00:00+01:00", true)))));

    registry.setStatus(new Zaak(JOURNEY, zaakUrl, "0513"), ZaakStatus.TRAJECT_GESTART, "Traject gestart");

    zrc.verify(2, getRequestedFor(urlPathEqualTo(API + "/statussen")));
    zrc.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void theOpenZakenOfAJourneyAreFoundByItsNumber() {
    String closed = zaakJson().replace(zaakUrl, base + "/zaken/" + PROMEN_UUID).replace("\"einddatum\": null",
        "\"einddatum\": \"2026-03-05\"");
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).withQueryParam("identificatie", equalTo(JOURNEY))
        .willReturn(okJson(page(zaakJson(), closed))));

    assertThat(registry.openZakenOf(JOURNEY)).containsExactly(new Zaak(JOURNEY, zaakUrl, "0513"));
  }

  @Test
  void aNextLinkToAnotherHostIsNotFollowedAndGetsNoToken() {
    WireMockServer elsewhere = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    elsewhere.start();
    try {
      elsewhere.stubFor(get(anyUrl()).willReturn(okJson(page())));
      String foreign = "http://127.0.0.1:" + elsewhere.port() + API + "/statussen?page=2";
      zrc.stubFor(get(urlPathEqualTo(API + "/statussen")).willReturn(okJson(
          pageWithNext(foreign, 2, statusJson(ZaakStatus.AANGEMELD, "2026-02-20T09:00:00+01:00", false)))));

      assertThatThrownBy(() -> registry.setStatus(new Zaak(JOURNEY, zaakUrl, "0513"), ZaakStatus.TRAJECT_GESTART, "x"))
          .isInstanceOf(CaseRegistryUnavailableException.class)
          .hasMessageContaining("stuurt zijn token alleen naar de ingestelde Zaken API");
      elsewhere.verify(0, getRequestedFor(anyUrl()));
      zrc.verify(0, postRequestedFor(anyUrl()));
    } finally {
      elsewhere.stop();
    }
  }

  // --- close --------------------------------------------------------------------------------------

  @Test
  void closesWithResultaatThenEindstatusAndASecondCloseChangesNothing() {
    String scenario = "close";
    String traject = statusJson(ZaakStatus.TRAJECT_GESTART, "2026-03-01T09:00:00+01:00", true);
    String resultaat = resultaatJson(RESULTAATTYPE_WERK);
    zrc.stubFor(get(urlPathEqualTo(API + "/resultaten")).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(page())));
    zrc.stubFor(post(urlPathEqualTo(API + "/resultaten")).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
        .willReturn(created(resultaat)).willSetStateTo("resultaat"));
    zrc.stubFor(get(urlPathEqualTo(API + "/resultaten")).inScenario(scenario).whenScenarioStateIs("resultaat")
        .willReturn(okJson(page(resultaat))));
    zrc.stubFor(get(urlPathEqualTo(API + "/statussen")).inScenario(scenario).whenScenarioStateIs("resultaat")
        .willReturn(okJson(page(traject))));
    zrc.stubFor(post(urlPathEqualTo(API + "/statussen")).inScenario(scenario).whenScenarioStateIs("resultaat")
        .willReturn(created(statusJson(ZaakStatus.AFGEROND, NOW_NL, true))).willSetStateTo("closed"));
    zrc.stubFor(get(urlPathEqualTo(API + "/resultaten")).inScenario(scenario).whenScenarioStateIs("closed")
        .willReturn(okJson(page(resultaat))));
    zrc.stubFor(get(urlPathEqualTo(API + "/statussen")).inScenario(scenario).whenScenarioStateIs("closed")
        .willReturn(okJson(page(statusJson(ZaakStatus.AFGEROND, NOW_NL, true),
            statusJson(ZaakStatus.TRAJECT_GESTART, "2026-03-01T09:00:00+01:00", false)))));
    Zaak zaak = new Zaak(JOURNEY, zaakUrl, "0513");

    registry.close(zaak, "WERK_REGULIER", "Werkt bij een reguliere werkgever");

    assertThat(chronological()).containsExactly(
        "GET /resultaten", "POST /resultaten", "GET /statussen", "POST /statussen");
    zrc.verify(postRequestedFor(urlPathEqualTo(API + "/resultaten")).withRequestBody(equalToJson("""
        {
          "zaak": "%s",
          "resultaattype": "%s",
          "toelichting": "Werkt bij een reguliere werkgever"
        }""".formatted(zaakUrl, RESULTAATTYPE_WERK))));
    zrc.verify(postRequestedFor(urlPathEqualTo(API + "/statussen")).withRequestBody(equalToJson("""
        {
          "zaak": "%s",
          "statustype": "%s",
          "datumStatusGezet": "%s",
          "statustoelichting": "Werkt bij een reguliere werkgever"
        }""".formatted(zaakUrl, STATUSTYPEN.get(ZaakStatus.AFGEROND), NOW_NL))));

    registry.close(zaak, "WERK_REGULIER", "Werkt bij een reguliere werkgever");

    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/resultaten")));
    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/statussen")));
  }

  @Test
  void closesWithTheDefaultResultaattypeForAnUnmappedResultaat() {
    zrc.stubFor(get(urlPathEqualTo(API + "/resultaten")).willReturn(okJson(page())));
    zrc.stubFor(post(urlPathEqualTo(API + "/resultaten")).willReturn(created(resultaatJson(RESULTAATTYPE_DEFAULT))));
    zrc.stubFor(get(urlPathEqualTo(API + "/statussen")).willReturn(okJson(page())));
    zrc.stubFor(post(urlPathEqualTo(API + "/statussen")).willReturn(created(statusJson(ZaakStatus.AFGEROND, NOW_NL, true))));

    registry.close(new Zaak(JOURNEY, zaakUrl, "0513"), "VERHUISD", null);

    zrc.verify(postRequestedFor(urlPathEqualTo(API + "/resultaten"))
        .withRequestBody(equalToJson("{\"zaak\": \"%s\", \"resultaattype\": \"%s\"}".formatted(zaakUrl, RESULTAATTYPE_DEFAULT))));
  }

  // --- relate -------------------------------------------------------------------------------------

  static final String PROMEN_UUID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
  static final String PROMEN_RSIN = "002564440";
  static final String ONDERWERP = "https://andere-zaken.example.nl/zaken/api/v1/zaken/11111111-2222-4333-8444-555555555555";

  Zaak promen() {
    return new Zaak("KR-2026-000042-PROMEN", base + "/zaken/" + PROMEN_UUID, "PROMEN");
  }

  Zaak gemeente() {
    return new Zaak(JOURNEY, zaakUrl, "0513");
  }

  /** The uitvoeringsorganisatie's zaak as GET /zaken/{uuid} answers, with these relevanteAndereZaken. */
  String promenJson(String relevanteAndereZaken) {
    return zaakJson()
        .replace(zaakUrl, base + "/zaken/" + PROMEN_UUID)
        .replace("\"uuid\": \"3e1b0c6e-3a4b-4cfe-9a1c-6b0f5a3c8d21\"", "\"uuid\": \"" + PROMEN_UUID + "\"")
        .replace("\"relevanteAndereZaken\": []", "\"relevanteAndereZaken\": " + relevanteAndereZaken);
  }

  @Test
  void relatesTheZaakToTheMunicipalitysByPatchKeepingTheRelationsItHas() {
    String existing = """
        [{"url": "%s", "aardRelatie": "onderwerp", "overigeRelatie": ""}]""".formatted(ONDERWERP);
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID)).willReturn(okJson(promenJson(existing))));
    zrc.stubFor(patch(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID)).willReturn(okJson(promenJson("[]"))));

    registry.relate(promen(), gemeente());

    zrc.verify(1, getRequestedFor(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID))
        .withHeader("Accept-Crs", equalTo("EPSG:4326"))
        .withHeader("Content-Crs", equalTo("EPSG:4326"))
        .withHeader("Authorization", matching("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+")));
    zrc.verify(1, patchRequestedFor(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID))
        .withHeader("Accept-Crs", equalTo("EPSG:4326"))
        .withHeader("Content-Crs", equalTo("EPSG:4326"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withHeader("Authorization", matching("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+"))
        .withRequestBody(equalToJson("""
            {
              "relevanteAndereZaken": [
                {"url": "%s", "aardRelatie": "onderwerp", "overigeRelatie": ""},
                {"url": "%s", "aardRelatie": "vervolg"}
              ]
            }""".formatted(ONDERWERP, zaakUrl))));
    assertThat(chronological()).containsExactly("GET /zaken/" + PROMEN_UUID, "PATCH /zaken/" + PROMEN_UUID);
  }

  @Test
  void relatingAgainSendsNoPatch() {
    String related = """
        [{"url": "%s", "aardRelatie": "onderwerp", "overigeRelatie": ""},
         {"url": "%s/", "aardRelatie": "vervolg", "overigeRelatie": ""}]""".formatted(ONDERWERP, zaakUrl);
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID)).willReturn(okJson(promenJson(related))));

    registry.relate(promen(), gemeente());
    registry.relate(promen(), gemeente());

    zrc.verify(2, getRequestedFor(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID)));
    zrc.verify(0, patchRequestedFor(anyUrl()));
    zrc.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void relatesAZaakWithoutRelevanteAndereZaken() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID)).willReturn(okJson(promenJson("null"))));
    zrc.stubFor(patch(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID)).willReturn(okJson(promenJson("[]"))));

    registry.relate(promen(), gemeente());

    zrc.verify(1, patchRequestedFor(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID)).withRequestBody(equalToJson("""
        {"relevanteAndereZaken": [{"url": "%s", "aardRelatie": "vervolg"}]}""".formatted(zaakUrl))));
  }

  @Test
  void aRefusedPatchIsUnavailableWithoutTheBsn() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID)).willReturn(okJson(promenJson("[]"))));
    zrc.stubFor(patch(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID)).willReturn(problem(400, """
        {"type": "https://zaken.example.nl/ref/fouten/ValidationError/", "code": "invalid", "title": "Invalid input.",
         "status": 400, "detail": "Zaak van %s", "instance": "urn:uuid:5f0d9a2c-1b7e-4c1e-8f3a-2d4b6c8e0a1f",
         "invalidParams": [{"name": "relevanteAndereZaken.0.url", "code": "bad-url", "reason": "De URL is ongeldig."}]}"""
        .formatted(BSN))));

    assertThatThrownBy(() -> registry.relate(promen(), gemeente()))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContainingAll("PATCH /zaken/{uuid}", "HTTP 400", "Invalid input.", "relevanteAndereZaken.0.url (bad-url)")
        .message().doesNotContain(BSN);
  }

  @Test
  void aFailingReadIsUnavailableAndNothingIsPatched() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID))
        .willReturn(problem(500, problemJson(500, "error", "Er is een serverfout opgetreden."))));

    assertThatThrownBy(() -> registry.relate(promen(), gemeente()))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContainingAll("GET /zaken/{uuid}", "HTTP 500", "Er is een serverfout opgetreden.");
    zrc.verify(0, patchRequestedFor(anyUrl()));
  }

  @Test
  void aFailingPatchIsUnavailable() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID)).willReturn(okJson(promenJson("[]"))));
    zrc.stubFor(patch(urlPathEqualTo(API + "/zaken/" + PROMEN_UUID))
        .willReturn(problem(500, problemJson(500, "error", "Er is een serverfout opgetreden."))));

    assertThatThrownBy(() -> registry.relate(promen(), gemeente()))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContainingAll("PATCH /zaken/{uuid}", "HTTP 500");
  }

  @Test
  void relatesOnlyZakenWithTheUrlOfAZaakAndNotAZaakToItself() {
    assertThatThrownBy(() -> registry.relate(promen(), promen()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> registry.relate(new Zaak("KR-1", base + "/rollen/" + PROMEN_UUID, "PROMEN"), gemeente()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> registry.relate(new Zaak("KR-1", null, "PROMEN"), gemeente()))
        .isInstanceOf(IllegalArgumentException.class);
    zrc.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void opensTheZaakOfAnUitvoeringsorganisatieWithItsOwnConfiguration() {
    Map<String, Municipality> organisations = new java.util.HashMap<>(municipalities());
    organisations.put("PROMEN", new Municipality(PROMEN_RSIN, ZAAKTYPE, ROLTYPE, "Cliënt", STATUSTYPEN, Map.of(),
        RESULTAATTYPE_DEFAULT));
    registry = new ZgwCaseRegistry(properties(base, SECRET, Duration.ofSeconds(10), organisations), clock());
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(okJson(page())));
    zrc.stubFor(post(urlPathEqualTo(API + "/zaken")).willReturn(created(promenJson("[]"))));
    zrc.stubFor(get(urlPathEqualTo(API + "/rollen")).willReturn(okJson(page(rolJson(BSN)))));

    Zaak zaak = registry.open(JOURNEY, "PROMEN", BSN, "Traject bij Promen", LocalDate.of(2026, 3, 2));

    assertThat(zaak.organisation()).isEqualTo("PROMEN");
    assertThat(zaak.url()).isEqualTo(base + "/zaken/" + PROMEN_UUID);
    zrc.verify(getRequestedFor(urlPathEqualTo(API + "/zaken")).withQueryParam("bronorganisatie", equalTo(PROMEN_RSIN)));
    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/zaken")).withRequestBody(equalToJson("""
        {"bronorganisatie": "%s", "verantwoordelijkeOrganisatie": "%s"}""".formatted(PROMEN_RSIN, PROMEN_RSIN),
        false, true)));
  }

  @Test
  void acceptsOrganisationCodesAndQuotedCbsCodesAsKeysOnly() {
    Municipality any = municipalities().get("0513");
    for (String key : List.of("0513", "PROMEN", "WVS", "WERKBAAN_OOST")) {
      new ZgwCaseRegistry(properties(base, SECRET, Duration.ofSeconds(10), Map.of(key, any)), clock());
    }
    for (String key : List.of("331", "51300")) {
      assertThatThrownBy(() -> new ZgwCaseRegistry(properties(base, SECRET, Duration.ofSeconds(10), Map.of(key, any)), clock()))
          .as(key)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContainingAll("werkpad.zaken.municipalities." + key, "aanhalingstekens");
    }
    for (String key : List.of("promen", "P", "_WVS", "WERK-BAAN", "A".repeat(21))) {
      assertThatThrownBy(() -> new ZgwCaseRegistry(properties(base, SECRET, Duration.ofSeconds(10), Map.of(key, any)), clock()))
          .as(key)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContainingAll("werkpad.zaken.municipalities." + key, "uitvoeringsorganisatie");
    }
  }

  // --- failures -----------------------------------------------------------------------------------

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(401, problemJson(401, "not_authenticated", "Authenticatiegegevens zijn niet opgegeven."),
            List.of("HTTP 401", "Authenticatiegegevens zijn niet opgegeven.", "not_authenticated")),
        Arguments.of(403, problemJson(403, "permission_denied", "Je hebt geen toestemming om deze actie uit te voeren."),
            List.of("HTTP 403", "Je hebt geen toestemming", "permission_denied")),
        Arguments.of(500, problemJson(500, "error", "Er is een serverfout opgetreden."),
            List.of("HTTP 500", "Er is een serverfout opgetreden.")),
        Arguments.of(502, "<html><body>Bad Gateway</body></html>", List.of("HTTP 502 Bad Gateway")));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void aRefusalIsUnavailableWithItsStatusAndTitle(int status, String body, List<String> expected) {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(problem(status, body)));

    assertThatThrownBy(() -> registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2)))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContaining("GET /zaken")
        .hasMessageContainingAll(expected.toArray(String[]::new))
        .message().doesNotContain(BSN);
  }

  @Test
  void aValidationErrorNamesTheInvalidFieldsWithoutTheBsn() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(okJson(page())));
    zrc.stubFor(post(urlPathEqualTo(API + "/zaken")).willReturn(created(zaakJson())));
    zrc.stubFor(get(urlPathEqualTo(API + "/rollen")).willReturn(okJson(page())));
    // A server may quote the value it refused, in detail and reason: the message must not.
    zrc.stubFor(post(urlPathEqualTo(API + "/rollen")).willReturn(problem(400, """
        {
          "type": "https://zaken.example.nl/ref/fouten/ValidationError/",
          "code": "invalid",
          "title": "Invalid input.",
          "status": 400,
          "detail": "BSN %s wordt niet geaccepteerd",
          "instance": "urn:uuid:0b6b7a3e-3c1f-4f7e-9d7e-1a2b3c4d5e6f",
          "invalidParams": [
            {"name": "betrokkeneIdentificatie.inpBsn", "code": "invalid", "reason": "%s is geen geldig BSN."},
            {"name": "roltype", "code": "bad-url", "reason": "De URL is ongeldig."}
          ]
        }""".formatted(BSN, BSN))));

    assertThatThrownBy(() -> registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2)))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContainingAll("POST /rollen", "HTTP 400", "Invalid input.",
            "betrokkeneIdentificatie.inpBsn (invalid)", "roltype (bad-url)")
        .message().doesNotContain(BSN);
  }

  @Test
  void aTimeOutIsUnavailable() {
    registry = new ZgwCaseRegistry(properties(base, SECRET, Duration.ofMillis(500), municipalities()), clock());
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(okJson(page()).withFixedDelay(3_000)));

    long start = System.nanoTime();
    assertThatThrownBy(() -> registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2)))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContainingAll("GET /zaken", "time-out")
        .message().doesNotContain(BSN);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
  }

  @Test
  void anAnswerThatDribblesInTimesOut() {
    registry = new ZgwCaseRegistry(properties(base, SECRET, Duration.ofMillis(500), municipalities()), clock());
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(okJson(page()).withChunkedDribbleDelay(10, 3_000)));

    long start = System.nanoTime();
    assertThatThrownBy(() -> registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2)))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContainingAll("niet bereikbaar bij GET /zaken", "antwoord binnen 500 ms (time-out)")
        .message().doesNotContain(BSN);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
  }

  @Test
  void aRefusedConnectionIsUnavailable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    registry = new ZgwCaseRegistry(
        properties("http://localhost:" + closedPort + API, SECRET, Duration.ofMillis(500), municipalities()), clock());

    assertThatThrownBy(() -> registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2)))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContainingAll("niet bereikbaar", "GET /zaken")
        .message().doesNotContain(BSN);
  }

  @Test
  void anUnreadableAnswerIsUnavailable() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>Onderhoud</html>")));

    assertThatThrownBy(() -> registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2)))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContainingAll("GET /zaken", "HTTP 200", "JSON");
  }

  @Test
  void aListWithoutResultsIsUnavailable() {
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).willReturn(okJson("{\"count\": 0}")));

    assertThatThrownBy(() -> registry.open(JOURNEY, "0513", BSN, "Klantreis", LocalDate.of(2026, 3, 2)))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContainingAll("GET /zaken", "results");
  }

  @Test
  void aMunicipalityWithoutConfigurationIsUnavailableBeforeAnyRequest() {
    assertThatThrownBy(() -> registry.open(JOURNEY, "0999", BSN, "Klantreis", LocalDate.of(2026, 3, 2)))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContaining("geen configuratie voor organisatie 0999 (werkpad.zaken.municipalities.0999)")
        .message().doesNotContain(BSN);
    assertThatThrownBy(() -> registry.setStatus(new Zaak(JOURNEY, zaakUrl, "0999"), ZaakStatus.AANGEMELD, null))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContaining("0999");
    zrc.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void incompleteConfigurationIsNamedBeforeAnyRequest() {
    Municipality partial = new Municipality(RSIN, ZAAKTYPE, ROLTYPE, "Cliënt",
        Map.of(ZaakStatus.AANGEMELD, STATUSTYPEN.get(ZaakStatus.AANGEMELD)),
        Map.of("WERK_REGULIER", RESULTAATTYPE_WERK), null);
    Municipality badRsin = new Municipality("123456789", ZAAKTYPE, ROLTYPE, null, STATUSTYPEN, Map.of(), null);
    registry = new ZgwCaseRegistry(
        properties(base, SECRET, Duration.ofSeconds(10), Map.of("0513", partial, "0502", badRsin)), clock());
    Zaak zaak = new Zaak(JOURNEY, zaakUrl, "0513");

    assertThatThrownBy(() -> registry.setStatus(zaak, ZaakStatus.VERWEZEN, null))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContaining("werkpad.zaken.municipalities.0513.statustypen.VERWEZEN ontbreekt");
    // The resultaat is known, the end status is not: nothing is written, not even the resultaat.
    assertThatThrownBy(() -> registry.close(zaak, "WERK_REGULIER", null))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContaining("statustypen.AFGEROND ontbreekt");
    assertThatThrownBy(() -> registry.close(zaak, "GESTOPT", null))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContaining("resultaattypen.GESTOPT ontbreekt en er is geen default-resultaattype");
    assertThatThrownBy(() -> registry.open(JOURNEY, "0502", BSN, "Klantreis", LocalDate.of(2026, 3, 2)))
        .isInstanceOf(CaseRegistryUnavailableException.class)
        .hasMessageContaining("werkpad.zaken.municipalities.0502.rsin is geen geldig RSIN");
    zrc.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void refusesToStartWithoutBaseUrlOrCredentials() {
    assertThatThrownBy(() -> new ZgwCaseRegistry(properties(null, SECRET, Duration.ofSeconds(1), Map.of()), clock()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("werkpad.zaken.base-url");
    assertThatThrownBy(() -> new ZgwCaseRegistry(properties(base, "", Duration.ofSeconds(1), Map.of()), clock()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("werkpad.zaken.secret");
  }

  @Test
  void anInvalidBsnIsRefusedWithoutNamingIt() {
    assertThatThrownBy(() -> registry.open(JOURNEY, "0513", "123456789", "Klantreis", LocalDate.of(2026, 3, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("123456789");
    zrc.verify(0, anyRequestedFor(anyUrl()));
  }

  // --- helpers ------------------------------------------------------------------------------------

  static ZakenProperties properties(String baseUrl, String secret, Duration readTimeout, Map<String, Municipality> municipalities) {
    return new ZakenProperties(Mode.ZGW, baseUrl, Duration.ofSeconds(1), readTimeout, CLIENT_ID, secret,
        "werkpad", "Werkpad", municipalities);
  }

  static Map<String, Municipality> municipalities() {
    return Map.of("0513", new Municipality(RSIN, ZAAKTYPE, ROLTYPE, "Cliënt", STATUSTYPEN,
        Map.of("WERK_REGULIER", RESULTAATTYPE_WERK), RESULTAATTYPE_DEFAULT));
  }

  static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** "METHOD /path" of every request, oldest first, relative to the API root. */
  List<String> chronological() {
    List<String> requests = new ArrayList<>();
    for (ServeEvent event : zrc.getAllServeEvents()) {
      String url = event.getRequest().getUrl();
      String path = url.substring(API.length(), url.contains("?") ? url.indexOf('?') : url.length());
      requests.add(event.getRequest().getMethod() + " " + path);
    }
    Collections.reverse(requests);
    return requests;
  }

  void assertNoBsnInAnyUrl() {
    assertThat(zrc.getAllServeEvents()).isNotEmpty()
        .allSatisfy(event -> assertThat(event.getRequest().getAbsoluteUrl()).doesNotContain(BSN));
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String json, String... headers) {
    var response = aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(json);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      response = response.withHeader(headers[i], headers[i + 1]);
    }
    return response;
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String body) {
    return aResponse().withStatus(status)
        .withHeader("Content-Type", body.startsWith("{") ? "application/problem+json" : "text/html")
        .withBody(body);
  }

  static String problemJson(int status, String code, String title) {
    return """
        {"type": "https://zaken.example.nl/ref/fouten/%s/", "code": "%s", "title": "%s", "status": %d,
         "detail": "%s", "instance": "urn:uuid:5f0d9a2c-1b7e-4c1e-8f3a-2d4b6c8e0a1f"}"""
        .formatted(code, code, title, status, title);
  }

  static String validationProblem(String name, String code, String reason) {
    return """
        {"type": "https://zaken.example.nl/ref/fouten/ValidationError/", "code": "invalid", "title": "Invalid input.",
         "status": 400, "detail": "", "instance": "urn:uuid:5f0d9a2c-1b7e-4c1e-8f3a-2d4b6c8e0a1f",
         "invalidParams": [{"name": "%s", "code": "%s", "reason": "%s"}]}""".formatted(name, code, reason);
  }

  static String page(String... items) {
    return """
        {"count": %d, "next": null, "previous": null, "results": [%s]}""".formatted(items.length, String.join(",", items));
  }

  static String pageWithNext(String next, int count, String... items) {
    return """
        {"count": %d, "next": "%s", "previous": null, "results": [%s]}""".formatted(count, next, String.join(",", items));
  }

  String zaakJson() {
    return ZgwBodies.zaak(zaakUrl, "3e1b0c6e-3a4b-4cfe-9a1c-6b0f5a3c8d21", JOURNEY, RSIN, ZAAKTYPE, LocalDate.of(2026, 3, 2));
  }


  String rolJson(String bsn) {
    return ZgwBodies.rol(base, bsn.equals(BSN) ? 1 : 2, zaakUrl, ROLTYPE, LocalDate.of(2026, 3, 2), bsn);
  }


  String statusJson(ZaakStatus status, String datumStatusGezet, boolean laatste) {
    int n = status.ordinal() + 1;
    return """
        {
          "url": "%s/statussen/cccccccc-0000-4000-8000-00000000000%d",
          "uuid": "cccccccc-0000-4000-8000-00000000000%d",
          "zaak": "%s",
          "statustype": "%s",
          "datumStatusGezet": "%s",
          "statustoelichting": "",
          "indicatieLaatstGezetteStatus": %s,
          "gezetdoor": "",
          "zaakinformatieobjecten": []
        }""".formatted(base, n, n, zaakUrl, STATUSTYPEN.get(status), datumStatusGezet, laatste);
  }

  String resultaatJson(String resultaattype) {
    return """
        {
          "url": "%s/resultaten/dddddddd-0000-4000-8000-000000000001",
          "uuid": "dddddddd-0000-4000-8000-000000000001",
          "zaak": "%s",
          "resultaattype": "%s",
          "toelichting": ""
        }""".formatted(base, zaakUrl, resultaattype);
  }
}
