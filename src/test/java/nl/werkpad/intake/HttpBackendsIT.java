package nl.werkpad.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.person.HaalCentraalPersonRegistry;
import nl.werkpad.person.PersonRegistry;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import nl.werkpad.zaak.ZgwBodies;
import nl.werkpad.zaak.CaseRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Acceptance: "switching the BRP and Zaken configuration to the HTTP clients works against a stub with
 * no code change". The whole application runs with {@code werkpad.brp.mode=haalcentraal} and
 * {@code werkpad.zaken.mode=zgw}, set only through properties, against WireMock servers that answer as
 * the Haal Centraal BRP Personen API 2.x and the ZGW Zaken API 1.5 do; a journey walks the intake as in
 * production. An integration test: its properties need an application context, so a JVM, of its own.
 */
@ApplicationTest
class HttpBackendsIT {

  static final String BSN = "999993872";
  static final String WINTERSWIJK = "0294";

  // --- BRP --------------------------------------------------------------------------------------
  static final String BRP_BASE = "/haalcentraal/api/brp";
  static final String PERSONEN = BRP_BASE + "/personen";
  static final String API_KEY = "sleutel-voor-de-stub";
  static final String DOELBINDING = "Participatiewet";
  static final String VERWERKING = "Werk en participatie";
  static final String DEFAULT_OIN = "00000001000000000000";
  static final String WINTERSWIJK_OIN = "00000001001589623000";
  static final LocalDate GEBOORTEDATUM = LocalDate.of(1978, 6, 14);

  /** Someone the embedded registry does not know: what the intake shows can only come from the stub. */
  static final String PERSOON = """
      {
        "type": "RaadpleegMetBurgerservicenummer",
        "personen": [
          {
            "naam": {
              "voornamen": "Hendrika Johanna",
              "voorvoegsel": "ten",
              "geslachtsnaam": "Brinke"
            },
            "geboorte": {
              "datum": { "type": "Datum", "datum": "1978-06-14", "langFormaat": "14 juni 1978" }
            },
            "verblijfplaats": {
              "type": "Adres",
              "verblijfadres": {
                "officieleStraatnaam": "Meddosestraat",
                "korteStraatnaam": "Meddosestr",
                "huisnummer": 17,
                "huisletter": "b",
                "postcode": "7103AB",
                "woonplaats": "Winterswijk"
              }
            },
            "gemeenteVanInschrijving": { "code": "0294", "omschrijving": "Winterswijk" }
          }
        ]
      }
      """;

  static final String UNAVAILABLE = """
      {"type": "https://datatracker.ietf.org/doc/html/rfc7231#section-6.6.4", "title": "Service Unavailable",
       "status": 503, "instance": "/haalcentraal/api/brp/personen", "code": "serviceUnavailable"}""";

  // --- Zaken API --------------------------------------------------------------------------------
  static final String API = "/zaken/api/v1";
  static final String CLIENT_ID = "werkpad-it";
  static final String SECRET = "een-gedeeld-geheim-van-minstens-32-bytes!";
  static final String RSIN = "001589623";
  static final String CATALOGI = "https://catalogi.example.nl/catalogi/api/v1";
  static final String ZAAKTYPE = CATALOGI + "/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1";
  static final String ROLTYPE = CATALOGI + "/roltypen/5d6d3a8a-6b4e-4b7a-9f53-3a0c1b5e7a11";
  static final Map<String, String> STATUSTYPEN = Map.of(
      "AANGEMELD", CATALOGI + "/statustypen/aaaaaaaa-0000-4000-8000-000000000001",
      "INTAKE_AFGEROND", CATALOGI + "/statustypen/aaaaaaaa-0000-4000-8000-000000000002",
      "VERWEZEN", CATALOGI + "/statustypen/aaaaaaaa-0000-4000-8000-000000000003",
      "TRAJECT_GESTART", CATALOGI + "/statustypen/aaaaaaaa-0000-4000-8000-000000000004",
      "AFGEROND", CATALOGI + "/statustypen/aaaaaaaa-0000-4000-8000-000000000005");
  static final String RESULTAATTYPE_DEFAULT = CATALOGI + "/resultaattypen/bbbbbbbb-0000-4000-8000-000000000099";

  static final String EPSG_4326 = "EPSG:4326";
  static final String BEARER_JWT = "Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+";

  static final WireMockServer brp = new WireMockServer(wireMockConfig().dynamicPort());
  static final WireMockServer zrc = new WireMockServer(wireMockConfig().dynamicPort());

  static {
    brp.start();
    zrc.start();
  }

  /** Configuration only: the same keys an operator sets in application.yml or the environment. */
  @DynamicPropertySource
  static void backends(DynamicPropertyRegistry registry) {
    registry.add("werkpad.brp.mode", () -> "haalcentraal");
    registry.add("werkpad.brp.base-url", () -> brp.baseUrl() + BRP_BASE);
    registry.add("werkpad.brp.read-timeout", () -> "3s");
    registry.add("werkpad.brp.api-key", () -> API_KEY);
    registry.add("werkpad.brp.protocollering.defaults.doelbinding", () -> DOELBINDING);
    registry.add("werkpad.brp.protocollering.defaults.verwerking", () -> VERWERKING);
    registry.add("werkpad.brp.protocollering.defaults.origin-oin", () -> DEFAULT_OIN);
    registry.add("werkpad.brp.protocollering.gemeenten.0294.origin-oin", () -> WINTERSWIJK_OIN);

    registry.add("werkpad.zaken.mode", () -> "zgw");
    registry.add("werkpad.zaken.base-url", () -> zrc.baseUrl() + API);
    registry.add("werkpad.zaken.client-id", () -> CLIENT_ID);
    registry.add("werkpad.zaken.secret", () -> SECRET);
    String municipality = "werkpad.zaken.municipalities.0294.";
    registry.add(municipality + "rsin", () -> RSIN);
    registry.add(municipality + "zaaktype", () -> ZAAKTYPE);
    registry.add(municipality + "roltype", () -> ROLTYPE);
    STATUSTYPEN.forEach((status, url) -> registry.add(municipality + "statustypen." + status, () -> url));
    registry.add(municipality + "default-resultaattype", () -> RESULTAATTYPE_DEFAULT);
  }

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IntakeDossiers dossiers;
  @Autowired PersonRegistry personRegistry;
  @Autowired CaseRegistry caseRegistry;
  @Autowired JourneyDriver driver;

  String zaakUrl;

  @AfterEach
  void cleanUp() {
    driver.deleteAll();
    brp.resetAll();
    zrc.resetAll();
  }

  @AfterAll
  static void stopStubs() {
    brp.stop();
    zrc.stop();
  }

  @Test
  void theIntakeRunsOnTheBrpAndTheZakenApi() throws Exception {
    assertThat(personRegistry).isInstanceOf(HaalCentraalPersonRegistry.class);
    assertThat(caseRegistry.getClass().getSimpleName()).isEqualTo("ZgwCaseRegistry");
    brpAnswers(200, PERSOON);

    ProcessInstance journey = driver.start(BSN, WINTERSWIJK);
    String number = driver.journeyNumber(journey);
    zaaksysteem(number);
    Task intake = driver.openTask(journey, "UserTask_BredeIntake");

    assertPersonAndZaak(journey, intake, number);
    brp.verify(1, postRequestedFor(anyUrl()));
    assertBrpAsked();
    assertZaakMade(number);
  }

  @Test
  void aBrpOutageBecomesAnIncidentAndARetryLosesNoStep() throws Exception {
    brpAnswers(503, UNAVAILABLE);
    ProcessInstance journey = driver.start(BSN, WINTERSWIJK);
    String number = driver.journeyNumber(journey);
    zaaksysteem(number);
    ProcessInstance intakeInstance = runtime.createProcessInstanceQuery()
        .superProcessInstanceId(journey.getId()).singleResult();
    Job job = lookupJob(intakeInstance);
    assertThat(job).as("the BRP lookup waits as a job").isNotNull();

    // What the job executor does, until the retries (R3/PT5M) are used up.
    int executions = 0;
    while (job.getRetries() > 0) {
      assertThat(executions).as("executions before the retries are used up").isLessThan(10);
      String jobId = job.getId();
      assertThatThrownBy(() -> management.executeJob(jobId)).satisfies(thrown ->
          assertThat(causes(thrown)).as("cause of the failed job").contains("HTTP 503").doesNotContain(BSN));
      executions++;
      job = lookupJob(intakeInstance);
    }
    assertThat(executions).isEqualTo(3);
    assertThat(job.getExceptionMessage()).contains("HTTP 503").doesNotContain(BSN);

    Incident incident = runtime.createIncidentQuery().activityId("ServiceTask_PersoonOpvragen").singleResult();
    assertThat(incident).as("incident on ServiceTask_PersoonOpvragen").isNotNull();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getConfiguration()).isEqualTo(job.getId());
    assertThat(incident.getProcessInstanceId()).isEqualTo(intakeInstance.getId());
    brp.verify(3, postRequestedFor(urlEqualTo(PERSONEN)));
    assertThat(zrc.getAllServeEvents()).as("requests to the Zaken API").isEmpty();
    assertThat(runtime.getVariable(intakeInstance.getId(), IntakeVariables.PERSOON_GEVONDEN)).isNull();
    assertThat(runtime.getVariable(intakeInstance.getId(), "zaaknummer")).isNull();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).count()).as("open tasks").isZero();

    // The BRP is back; an operator retries the job in Cockpit.
    brp.resetAll();
    brpAnswers(200, PERSOON);
    management.setJobRetries(job.getId(), 1);
    assertThat(runtime.createIncidentQuery().activityId("ServiceTask_PersoonOpvragen").count())
        .as("incident after the retry").isZero();
    management.executeJob(job.getId());
    Task intake = driver.openTask(journey, "UserTask_BredeIntake");

    assertThat(driver.journeyNumber(journey)).isEqualTo(number);
    assertPersonAndZaak(journey, intake, number);
    brp.verify(1, postRequestedFor(anyUrl()));
    assertBrpAsked();
    assertZaakMade(number);
  }

  @Test
  void aJourneyCancelledWithoutItsListenersClosesItsZaakAfterwardsEvenWhenTheZaaksysteemIsDown() {
    brpAnswers(200, PERSOON);
    ProcessInstance journey = driver.start(BSN, WINTERSWIJK);
    String number = driver.journeyNumber(journey);
    zaaksysteem(number);
    driver.openTask(journey, "UserTask_BredeIntake");
    zrc.stubFor(post(urlPathEqualTo(API + "/resultaten")).willReturn(created("""
        {"url": "%s/resultaten/dddddddd-0000-4000-8000-000000000001", "zaak": "%s", "resultaattype": "%s"}"""
        .formatted(zrc.baseUrl() + API, zaakUrl, RESULTAATTYPE_DEFAULT))));
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).withQueryParam("identificatie", equalTo(number))
        .withQueryParam("bronorganisatie", absent()).willReturn(aResponse().withStatus(503)));

    // The zaaksysteem is down: the cancellation goes ahead all the same, and the zaak's closing waits.
    runtime.deleteProcessInstance(journey.getId(), "Geannuleerd in Cockpit", true);
    ProcessInstance closing = runtime.createProcessInstanceQuery().processDefinitionKey("JourneyCancellation")
        .variableValueEquals("geannuleerdeKlantreis", number).singleResult();
    assertThat(closing).as("the zaken's closing, for later").isNotNull();
    assertThat(closing.getTenantId()).isEqualTo("gm" + WINTERSWIJK);
    Job job = management.createJobQuery().processInstanceId(closing.getId()).singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Zaken API");
    }
    assertThat(runtime.createIncidentQuery().processInstanceId(closing.getId()).activityId("ServiceTask_ZakenSluiten")
        .count()).as("an incident like any other").isOne();

    // Back again: a retry in Cockpit closes the zaak with resultaat GEANNULEERD and its end status.
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).withQueryParam("identificatie", equalTo(number))
        .withQueryParam("bronorganisatie", absent()).willReturn(okJson(page(zaakJson(zaakUrl.substring(zaakUrl.lastIndexOf('/') + 1), number)))));
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());
    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/resultaten"))
        .withRequestBody(matchingJsonPath("$.resultaattype", equalTo(RESULTAATTYPE_DEFAULT))));
    zrc.verify(postRequestedFor(urlPathEqualTo(API + "/statussen"))
        .withRequestBody(matchingJsonPath("$.statustype", equalTo(STATUSTYPEN.get("AFGEROND")))));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(closing.getId()).count()).isZero();
  }

  // --- assertions -------------------------------------------------------------------------------

  private void assertPersonAndZaak(ProcessInstance journey, Task intake, String number) {
    Map<String, Object> variables = runtime.getVariables(intake.getExecutionId());
    assertThat(variables)
        .containsEntry(IntakeVariables.PERSOON_GEVONDEN, true)
        .containsEntry(IntakeVariables.PERSOON_NAAM, "Hendrika Johanna ten Brinke")
        .containsEntry(IntakeVariables.ADRES, "Meddosestraat 17b, 7103 AB Winterswijk")
        .containsEntry(IntakeVariables.GEBOORTEDATUM, "1978-06-14")
        .containsEntry(IntakeVariables.LEEFTIJD, Period.between(GEBOORTEDATUM, LocalDate.now()).getYears())
        .containsEntry(IntakeVariables.GEMEENTE_VAN_INSCHRIJVING, WINTERSWIJK)
        .containsEntry(IntakeVariables.INGESCHREVEN_IN_WOONGEMEENTE, true)
        .containsEntry(IntakeVariables.GEHEIMHOUDING, false)
        .containsEntry("zaaknummer", number)
        .containsEntry("zaakUrl", zaakUrl);
    IntakeDossier dossier = dossiers.find(number).orElseThrow();
    assertThat(dossier.getNaam()).isEqualTo("Hendrika Johanna ten Brinke");
    assertThat(dossier.getZaaknummer()).isEqualTo(number);
    assertThat(runtime.getVariable(journey.getId(), "klantreisnummer")).isEqualTo(number);
  }

  /** One lookup, RaadpleegMetBurgerservicenummer for the BSN, with the API key and Winterswijk's protocollering. */
  private void assertBrpAsked() throws Exception {
    brp.verify(1, postRequestedFor(urlEqualTo(PERSONEN))
        .withHeader("Content-Type", matching("application/json.*"))
        .withHeader("X-API-KEY", equalTo(API_KEY))
        .withHeader("X-DOELBINDING", equalTo(DOELBINDING))
        .withHeader("X-VERWERKING", equalTo(VERWERKING))
        .withHeader("X-ORIGIN-OIN", equalTo(WINTERSWIJK_OIN))
        .withRequestBody(matchingJsonPath("$.type", equalTo("RaadpleegMetBurgerservicenummer")))
        .withRequestBody(matchingJsonPath("$.burgerservicenummer[0]", equalTo(BSN))));
    for (ServeEvent event : brp.getAllServeEvents()) {
      assertThat(new ObjectMapper().readTree(event.getRequest().getBodyAsString()).path("burgerservicenummer"))
          .as("BSNs asked").hasSize(1);
      assertThat(event.getRequest().getUrl()).doesNotContain(BSN);
      event.getRequest().getHeaders().all().forEach(h -> assertThat(h.values()).noneMatch(v -> v.contains(BSN)));
    }
  }

  /** The zaak of the journey, the client as rol, status AANGEMELD: each once, each signed for Werkpad. */
  private void assertZaakMade(String number) throws Exception {
    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/zaken"))
        .withHeader("Accept-Crs", equalTo(EPSG_4326))
        .withHeader("Content-Crs", equalTo(EPSG_4326))
        .withHeader("Authorization", matching(BEARER_JWT))
        .withHeader("Content-Type", matching("application/json.*"))
        .withRequestBody(equalToJson("""
            {"identificatie": "%s", "bronorganisatie": "%s", "verantwoordelijkeOrganisatie": "%s", "zaaktype": "%s"}"""
            .formatted(number, RSIN, RSIN, ZAAKTYPE), false, true)));
    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/rollen"))
        .withHeader("Authorization", matching(BEARER_JWT))
        .withRequestBody(equalToJson("""
            {"zaak": "%s", "betrokkeneType": "natuurlijk_persoon", "roltype": "%s",
             "betrokkeneIdentificatie": {"inpBsn": "%s"}}""".formatted(zaakUrl, ROLTYPE, BSN), false, true)));
    zrc.verify(1, postRequestedFor(urlPathEqualTo(API + "/statussen"))
        .withHeader("Authorization", matching(BEARER_JWT))
        .withRequestBody(equalToJson("""
            {"zaak": "%s", "statustype": "%s"}""".formatted(zaakUrl, STATUSTYPEN.get("AANGEMELD")), false, true)));
    zrc.verify(3, postRequestedFor(anyUrl()));
    List<ServeEvent> requests = zrc.getAllServeEvents();
    assertThat(requests).isNotEmpty();
    for (ServeEvent event : requests) {
      assertThat(event.getRequest().getUrl()).as("URL").doesNotContain(BSN);
      String authorization = event.getRequest().getHeader("Authorization");
      assertThat(authorization).as("Authorization").startsWith("Bearer ");
      SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
      assertThat(jwt.verify(new MACVerifier(SECRET))).as("JWT signed with the secret").isTrue();
      assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(CLIENT_ID);
      assertThat(jwt.getJWTClaimsSet().getStringClaim("client_id")).isEqualTo(CLIENT_ID);
    }
  }

  // --- stubs ------------------------------------------------------------------------------------

  private static void brpAnswers(int status, String body) {
    brp.stubFor(post(urlEqualTo(PERSONEN)).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", status == 200 ? "application/json; charset=utf-8" : "application/problem+json")
        .withBody(body)));
  }

  /**
   * A Zaken API that holds no zaak of the journey until Werkpad makes it: the zaak, its rol and its
   * status, answered as the specification shows them.
   */
  private void zaaksysteem(String number) {
    String uuid = UUID.randomUUID().toString();
    zaakUrl = zrc.baseUrl() + API + "/zaken/" + uuid;
    String zaak = zaakJson(uuid, number);
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).inScenario("zaak").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(page())));
    zrc.stubFor(post(urlPathEqualTo(API + "/zaken")).inScenario("zaak").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(created(zaak).withHeader("Content-Crs", EPSG_4326)).willSetStateTo("aangemaakt"));
    zrc.stubFor(get(urlPathEqualTo(API + "/zaken")).inScenario("zaak").whenScenarioStateIs("aangemaakt")
        .willReturn(okJson(page(zaak))));
    zrc.stubFor(get(urlPathEqualTo(API + "/rollen")).willReturn(okJson(page())));
    zrc.stubFor(post(urlPathEqualTo(API + "/rollen")).willReturn(created(rolJson())));
    zrc.stubFor(get(urlPathEqualTo(API + "/statussen")).willReturn(okJson(page())));
    zrc.stubFor(post(urlPathEqualTo(API + "/statussen")).willReturn(created(statusJson("AANGEMELD"))));
    zrc.stubFor(get(urlPathEqualTo(API + "/resultaten")).willReturn(okJson(page())));
  }

  private static ResponseDefinitionBuilder created(String body) {
    return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body);
  }

  static String page(String... items) {
    return """
        {"count": %d, "next": null, "previous": null, "results": [%s]}""".formatted(items.length, String.join(",", items));
  }

  String zaakJson(String uuid, String number) {
    return ZgwBodies.zaak(zaakUrl, uuid, number, RSIN, ZAAKTYPE, LocalDate.now());
  }


  String rolJson() {
    return ZgwBodies.rol(zrc.baseUrl() + API, 1, zaakUrl, ROLTYPE, LocalDate.now(), BSN);
  }


  String statusJson(String status) {
    return """
        {
          "url": "%s/statussen/cccccccc-0000-4000-8000-000000000001",
          "uuid": "cccccccc-0000-4000-8000-000000000001",
          "zaak": "%s",
          "statustype": "%s",
          "datumStatusGezet": "%sT10:15:30+01:00",
          "statustoelichting": "Aanmelding ontvangen",
          "indicatieLaatstGezetteStatus": true,
          "gezetdoor": "",
          "zaakinformatieobjecten": []
        }""".formatted(zrc.baseUrl() + API, zaakUrl, STATUSTYPEN.get(status), LocalDate.now());
  }

  // --- helpers ----------------------------------------------------------------------------------

  private Job lookupJob(ProcessInstance intakeInstance) {
    return management.createJobQuery().processInstanceId(intakeInstance.getId())
        .activityId("ServiceTask_PersoonOpvragen").singleResult();
  }

  /** Every message in the chain, for what the engine wraps around the delegate's exception. */
  private static String causes(Throwable thrown) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      messages.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append('\n');
    }
    return messages.toString();
  }
}
