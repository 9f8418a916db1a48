package nl.werkpad.overname;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import nl.werkpad.trajectory.TrajectRecords;
import nl.werkpad.wsw.WswRecords;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An administrator takes over a caseload from a CSV file over the REST API: each person starts at the
 * stage they are in (a running trajectory, a Wsw dienstverband) for their municipality and uitvoerder,
 * without intake; bad lines are reported with their line number and reason while the good ones go on;
 * the same file again creates nothing. Runs on H2 and on PostgreSQL (see the subclasses).
 */
@ApplicationTest
abstract class OvernameTests {

  static final String GOUDA = "999993653";
  static final String ROOSENDAAL = "999990056";
  static final String WINTERSWIJK = "999990068";
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired JourneyDriver driver;
  @Autowired JourneyRepository journeys;
  @Autowired TrajectRecords trajecten;
  @Autowired WswRecords wsw;
  @Autowired JdbcTemplate jdbc;

  private final LocalDate today = LocalDate.now(NL);

  @AfterEach
  void cleanUp() {
    driver.deleteAll();
  }

  @Test
  void aCaseloadStartsEachPersonAtTheirStageAndASecondRunAddsNothing() {
    String file = String.join("\n",
        "soort;bsn;woongemeente;naam;route;uitvoerder;instrument;startdatum;werkplek;evaluatie_interval_maanden;"
            + "loonwaarde;loonwaarde_meetdatum;loonwaarde_methode;indicatie_categorie;indicatie_einddatum;werkvorm;werkgever;ingangsdatum",
        "TRAJECT;" + GOUDA + ";0513;A. de Vries;LEERWERKTRAJECT;;WERKERVARINGSPLAATS;" + today.minusMonths(2)
            + ";Kwekerij Goudse Hout;3;;;;;;;;",
        "WSW;" + ROOSENDAAL + ";1674;;;;;;;;;;;MATIG;" + today.plusYears(3) + ";GROEPSDETACHERING;Groenvoorziening West;2009-03-01",
        "TRAJECT;123456789;0513;;LEERWERKTRAJECT;;WERKERVARINGSPLAATS;" + today + ";;;;;;;;;;",
        "",
        "TRAJECT;" + WINTERSWIJK + ";0294;;LEERWERKTRAJECT;;;" + today + ";;;;;;;;;;",
        "WSW;999990081;9999;;;;;;;;;;;MATIG;" + today.plusYears(3) + ";INTERN;;",
        "TRAJECT;999990093;0736;;DETACHERING;;PROEFPLAATSING;gisteren;;;;;;;;;;",
        "TRAJECT;999990032;0513;;LEERWERKTRAJECT");

    Voortgang first = takeOver(file);
    assertThat(first.totaal()).isEqualTo(7);
    assertThat(first.aangemaakt()).isEqualTo(2);
    assertThat(first.fouten()).extracting(OvernameStatus.Fout::regel, OvernameStatus.Fout::reden).containsExactly(
        tuple(4, "het BSN is ongeldig (negen cijfers, elfproef)"),
        tuple(6, "kolom 'instrument' is leeg"),
        tuple(7, "gemeente '9999' is onbekend"),
        tuple(8, "kolom 'startdatum' is geen datum (JJJJ-MM-DD): 'gisteren'"),
        tuple(9, "het aantal kolommen klopt niet met de eerste regel"));

    Journey traject = journeys.findByActiveBsn(GOUDA).orElseThrow();
    assertThat(traject.getNumber()).doesNotStartWith("WSW-");
    ProcessInstance clientJourney = runtime.createProcessInstanceQuery().processDefinitionKey("ClientJourney")
        .processInstanceBusinessKey(traject.getNumber())
        .singleResult();
    assertThat(clientJourney.getTenantId()).isEqualTo("gm0513");
    Task volgen = driver.openTask(clientJourney, "UserTask_TrajectVolgen");
    assertThat(candidates(volgen)).containsExactly("klantmanagers-0513");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(traject.getNumber()).taskDefinitionKey("UserTask_TrajectStarten")
        .count()).as("the trajectory runs already").isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(clientJourney.getId())
        .activityId("CallActivity_Intake").count()).as("no intake again").isZero();
    assertThat(runtime.getVariable(clientJourney.getId(), "zaaknummer")).as("the journey has its zaak").isNotNull();
    assertThat(runtime.getVariable(clientJourney.getId(), "uitvoerderZaaknummer")).as("and one at PROMEN").isNotNull();
    assertThat(zaakStatussen(traject.getNumber(), "0513")).containsExactly("AANGEMELD", "TRAJECT_GESTART");
    assertThat(zaakStatussen(traject.getNumber(), "PROMEN")).containsExactly("AANGEMELD");
    assertThat(trajecten.instrumenten(traject.getNumber())).singleElement().satisfies(instrument -> {
      assertThat(instrument.getInstrument()).isEqualTo("WERKERVARINGSPLAATS");
      assertThat(instrument.getStartdatum()).isEqualTo(today.minusMonths(2));
      assertThat(instrument.getUitvoerder()).as("from ServiceProvider: PROMEN for Gouda").isEqualTo("PROMEN");
    });
    assertThat(traject.getFase()).isEqualTo("TRAJECT");

    Journey dienstverband = journeys.findByActiveBsn(ROOSENDAAL).orElseThrow();
    assertThat(dienstverband.getNumber()).startsWith("WSW-");
    ProcessInstance wswInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(dienstverband.getNumber())
        .singleResult();
    assertThat(candidates(driver.openTask(wswInstance, "UserTask_DienstverbandVolgen"))).containsExactly("trajectbegeleiders-wvs");
    assertThat(wsw.find(dienstverband.getNumber()).orElseThrow()).satisfies(recorded -> {
      assertThat(recorded.getWerkvorm()).isEqualTo("GROEPSDETACHERING");
      assertThat(recorded.getIndicatieEinddatum()).isEqualTo(today.plusYears(3));
      assertThat(recorded.getIngangsdatum()).isEqualTo(LocalDate.parse("2009-03-01"));
    });

    long instances = runtime.createProcessInstanceQuery().count();
    Voortgang again = takeOver(file);
    assertThat(again.aangemaakt()).isZero();
    assertThat(again.overgeslagen()).isEqualTo(2);
    assertThat(again.fouten()).hasSize(5);
    assertThat(runtime.createProcessInstanceQuery().count()).as("nothing twice").isEqualTo(instances);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("UserTask_RepeatedAanmelding").count())
        .as("a take-over is not an aanmelding").isZero();
  }

  @Test
  void aLineWhoseInstrumentOrStartTheTrajectoryRefusesIsReportedAndLeavesNoJourneyAndNoZaak() {
    String file = String.join("\n",
        "soort;bsn;woongemeente;route;instrument;startdatum",
        "TRAJECT;" + GOUDA + ";0513;LEERWERKTRAJECT;WERKERVARINGSPLAATS;" + today.plusMonths(4),
        "TRAJECT;" + WINTERSWIJK + ";0294;LEERWERKTRAJECT;studie;" + today,
        "TRAJECT;" + ROOSENDAAL + ";1674;LEERWERKTRAJECT;werkervaringsplaats;" + today);
    long zakenBefore = zaken();

    Voortgang status = takeOver(file);

    assertThat(status.aangemaakt()).isEqualTo(1);
    assertThat(status.fouten()).extracting(OvernameStatus.Fout::regel, OvernameStatus.Fout::reden).containsExactly(
        tuple(2, "De startdatum ligt te ver vooruit: uiterlijk " + today.plusMonths(3) + "."),
        tuple(3, "kolom 'instrument': 'STUDIE' bestaat niet; kies uit BESCHUT_WERK, DAGBESTEDING, DETACHERING_GROEP, "
            + "DETACHERING_INDIVIDUEEL, JOBCOACHING, LEERWERKTRAJECT, MAATSCHAPPELIJKE_PARTICIPATIE, PARTICIPATIEPLAATS, "
            + "PROEFPLAATSING, STAGE, WERKERVARINGSPLAATS"));
    assertThat(journeys.findByActiveBsn(GOUDA)).as("the refused line left no journey").isEmpty();
    assertThat(zaken()).as("nor a zaak: only the good line's two").isEqualTo(zakenBefore + 2);
    assertThat(trajecten.instrumenten(journeys.findByActiveBsn(ROOSENDAAL).orElseThrow().getNumber()))
        .extracting(instrument -> instrument.getInstrument()).containsExactly("WERKERVARINGSPLAATS");
  }

  @Test
  void thePersonTwiceInOneFileGetsOneJourney() {
    String file = "soort,bsn,woongemeente,route,instrument,startdatum\n"
        + ("TRAJECT," + GOUDA + ",0513,LEERWERKTRAJECT,PROEFPLAATSING," + today + "\n").repeat(6);
    Voortgang status = takeOver(file);
    assertThat(status.aangemaakt()).isEqualTo(1);
    assertThat(status.overgeslagen()).isEqualTo(5);
    assertThat(status.fouten()).isEmpty();
  }

  @Test
  void onlyAnAdministratorTakesOverAndAFileWithoutItsColumnsIsRefusedWhole() {
    ResponseEntity<Map> klantmanager = post("km-gouda", "soort;bsn;woongemeente\n");
    assertThat(klantmanager.getStatusCode().value()).isEqualTo(403);
    assertThat(post(null, "soort;bsn;woongemeente\n").getStatusCode().value()).isEqualTo(401);

    ResponseEntity<Map> unknown = post("admin", "soort;bsn;gemeente\nWSW;" + ROOSENDAAL + ";1674\n");
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat((String) unknown.getBody().get("message")).isEqualTo(
        "Onbekende kolom(men): gemeente. Zie docs/overname.md voor de kolommen.");
    ResponseEntity<Map> missing = post("admin", "soort;bsn\nWSW;" + ROOSENDAAL + "\n");
    assertThat((String) missing.getBody().get("message")).isEqualTo("De kolom 'woongemeente' ontbreekt in de eerste regel.");
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void theTakeOverMessageCannotBeSentPastTheTakeOver() {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> message = rest.withBasicAuth("km-gouda", "demo").postForEntity("/engine-rest/message",
        new HttpEntity<>("{\"messageName\":\"KlantreisOvername\",\"processVariables\":{\"bsn\":{\"value\":\"" + GOUDA
            + "\"},\"woongemeente\":{\"value\":\"0513\"},\"overname\":{\"value\":true}}}", json), Map.class);
    assertThat(message.getStatusCode().value()).isEqualTo(403);
    assertThat((String) message.getBody().get("message")).contains("/werkpad/api/overnames");
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
  }

  /** Posts the file as an administrator and follows the progress until it is done, as a script would. */
  private Voortgang takeOver(String file) {
    ResponseEntity<Map> started = post("admin", file);
    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(202);
    String location = started.getHeaders().getLocation().toString();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      ResponseEntity<Voortgang> progress = rest.withBasicAuth("admin", "demo").getForEntity(location, Voortgang.class);
      assertThat(progress.getStatusCode().value()).isEqualTo(200);
      Voortgang view = progress.getBody();
      assertThat(view.verwerkt()).isBetween(0, view.totaal());
      if (!view.bezig()) {
        assertThat(view.verwerkt()).isEqualTo(view.totaal());
        driver.runJobs();
        return view;
      }
      sleep();
    }
    throw new AssertionError("take-over not done in 2 minutes");
  }

  /** The progress as JSON shows it to the administrator. */
  record Voortgang(String id, String door, int totaal, int verwerkt, int aangemaakt, int overgeslagen,
      List<OvernameStatus.Fout> fouten, boolean bezig) {
  }

  private ResponseEntity<Map> post(String user, String file) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.postForEntity("/werkpad/api/overnames", new HttpEntity<>(file.getBytes(StandardCharsets.UTF_8), headers),
        Map.class);
  }

  private long zaken() {
    return jdbc.queryForObject("select count(*) from wp_zaak", Long.class);
  }

  private List<String> zaakStatussen(String journeyNumber, String organisation) {
    return jdbc.queryForList("select s.status from wp_zaak_status s join wp_zaak z on z.id = s.zaak_id"
        + " where z.journey_number = ? and z.organisation = ? order by s.gezet_op, s.id", String.class, journeyNumber, organisation);
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(link -> link.getGroupId() != null)
        .map(link -> link.getGroupId()).toList();
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
