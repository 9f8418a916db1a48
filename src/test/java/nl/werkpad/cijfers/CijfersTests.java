package nl.werkpad.cijfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import nl.werkpad.cijfers.Cijfers.Aantal;
import nl.werkpad.cijfers.Cijfers.Doorlooptijd;
import nl.werkpad.cijfers.Cijfers.Rapport;
import nl.werkpad.cijfers.Cijfers.Selectie;
import nl.werkpad.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The managers' figures on a known set of journeys of Zundert (which no other test uses), in 2025,
 * checked against counts made by hand; then the figures' API as Cockpit calls it (a logged-in webapp
 * session): every manager sees only their own municipality, and the CSV opens in Excel. Runs on H2 and
 * PostgreSQL (see the subclasses): the figures are plain SQL both must run.
 */
@ApplicationTest
abstract class CijfersTests {

  static final String ZUNDERT = "0879";
  static final Selectie HEEL_2025 = new Selectie(List.of(ZUNDERT), null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  @Autowired Cijfers cijfers;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void zundertHasAKnownHistory() {
    if (jdbc.queryForObject("select count(*) from wp_journey where woongemeente = ?", Long.class, ZUNDERT) > 0) {
      return;
    }
    // Journeys: 1 in intake, 2 writing a plan, 3 and 4 in a trajectory, 5 and 6 ended in 2025, 7 a Wsw employee.
    journey(1, "KLANTREIS", "INTAKE", null, null);
    journey(2, "KLANTREIS", "PLAN", null, null);
    journey(3, "KLANTREIS", "TRAJECT", null, null);
    journey(4, "KLANTREIS", "TRAJECT", null, null);
    journey(5, "KLANTREIS", "AFSLUITING", "2025-06-01T10:00:00Z", "WERK_REGULIER");
    journey(6, "KLANTREIS", "AFSLUITING", "2025-09-01T10:00:00Z", "GESTOPT");
    journey(7, "WSW", "DIENSTVERBAND", null, null);
    // Plans: four set in 2025 after 10, 20, 30 and 40 days; one in 2024.
    plan(2, "2025-02-01T09:00:00Z", 10, "REGULIER_WERK");
    plan(3, "2025-03-01T09:00:00Z", 20, "DETACHERING");
    plan(4, "2025-04-01T09:00:00Z", 30, "BESCHUT_WERK");
    plan(5, "2025-05-01T09:00:00Z", 40, "REGULIER_WERK");
    plan(6, "2024-12-01T09:00:00Z", 99, "LEERWERKTRAJECT");
    // Referrals: accepted after 2, 4 and 20 days; trajectories started 3, 11 and 7 days later; one over its term.
    verwijzing(1, 3, "2025-03-05T09:00:00Z", false, "2025-03-07T09:00:00Z", 2, "2025-03-10", 3);
    verwijzing(2, 4, "2025-04-05T09:00:00Z", false, "2025-04-09T09:00:00Z", 4, "2025-04-20", 11);
    verwijzing(3, 5, "2025-05-05T09:00:00Z", true, "2025-05-25T09:00:00Z", 20, "2025-06-01", 7);
    jdbc.update("insert into wp_traject_instrument (id, journey_id, woongemeente, uitvoerder, instrument, startdatum, "
        + "einddatum, taaltraject, loonkostensubsidie, verlengingen) values (?, ?, ?, 'WVS', ?, ?, null, false, false, 0)",
        9_000_001L, id(3), ZUNDERT, "LEERWERKTRAJECT", LocalDate.of(2025, 3, 10));
    jdbc.update("insert into wp_traject_instrument (id, journey_id, woongemeente, uitvoerder, instrument, startdatum, "
        + "einddatum, taaltraject, loonkostensubsidie, verlengingen) values (?, ?, ?, 'WVS', ?, ?, null, false, false, 0)",
        9_000_002L, id(4), ZUNDERT, "PARTICIPATIEPLAATS", LocalDate.of(2025, 4, 20));
    uitkomst(1, 5, "2025-06-01", "WERK_REGULIER", null);
    uitkomst(2, 6, "2025-09-01", "GESTOPT", "Zorg voor één kind");
    uitkomst(3, 3, "2025-08-01", "NIEUW_PLAN", "Doelen behaald");
    // The ladder: 3 went up, 4 stayed, 5 went down; 2 has one measurement; 6 was last measured in 2024.
    ladder(1, 3, "2025-03-01", 2);
    ladder(2, 3, "2025-09-01", 4);
    ladder(3, 4, "2025-04-01", 3);
    ladder(4, 4, "2025-10-01", 3);
    ladder(5, 5, "2025-01-10", 5);
    ladder(6, 5, "2025-05-20", 4);
    ladder(7, 2, "2025-02-01", 3);
    ladder(8, 6, "2024-05-01", 2);
    ladder(9, 6, "2024-11-01", 3);
    // Beschut werk: one placement in 2025, one client waiting.
    jdbc.update("insert into wp_beschut_werk (journey_id, woongemeente, status, zelf_aangevraagd, toegekend_op, "
        + "boven_taakstelling, bijgewerkt_op) values (?, ?, 'TOEGEKEND', false, ?, false, ?)",
        id(4), ZUNDERT, LocalDate.of(2025, 4, 15), OffsetDateTime.now(ZoneOffset.UTC));
    jdbc.update("insert into wp_beschut_werk (journey_id, woongemeente, status, zelf_aangevraagd, advies_datum, "
        + "boven_taakstelling, bijgewerkt_op) values (?, ?, 'WACHTLIJST', false, ?, false, ?)",
        id(2), ZUNDERT, LocalDate.of(2025, 11, 1), OffsetDateTime.now(ZoneOffset.UTC));
    jdbc.update("insert into wp_wsw_dienstverband (journey_id, woongemeente, uitvoerder, indicatie_categorie, "
        + "indicatie_einddatum, werkvorm) values (?, ?, 'WVS', 'MATIG', ?, 'INTERN')", id(7), ZUNDERT, LocalDate.of(2029, 1, 1));
  }

  @Test
  void theFiguresOfAKnownYearAreTheOnesCountedByHand() {
    Rapport rapport = cijfers.rapport(HEEL_2025);

    assertThat(rapport.fasen()).extracting(Aantal::code, Aantal::aantal)
        .containsExactly(tuple("INTAKE", 1L), tuple("PLAN", 1L), tuple("TRAJECT", 2L));
    assertThat(rapport.instrumenten()).extracting(Aantal::code, Aantal::aantal)
        .containsExactly(tuple("LEERWERKTRAJECT", 1L), tuple("PARTICIPATIEPLAATS", 1L));
    assertThat(rapport.wachtlijstBeschutWerk()).isEqualTo(1);
    assertThat(rapport.wswWerkvormen()).extracting(Aantal::code, Aantal::aantal).containsExactly(tuple("INTERN", 1L));

    assertThat(rapport.doorlooptijden()).extracting(Doorlooptijd::aantal, Doorlooptijd::mediaanDagen, Doorlooptijd::p90Dagen)
        .containsExactly(tuple(4L, 25.0, 37.0), tuple(3L, 4.0, 16.8), tuple(3L, 7.0, 10.2));
    assertThat(rapport.verwijzingen()).isEqualTo(3);
    assertThat(rapport.verwijzingenOverTermijn()).isEqualTo(1);

    assertThat(rapport.uitkomsten()).extracting(Aantal::code, Aantal::aantal)
        .containsExactly(tuple("WERK_REGULIER", 1L), tuple("GESTOPT", 1L), tuple("NIEUW_PLAN", 1L));
    assertThat(rapport.stopredenen()).extracting(Aantal::omschrijving, Aantal::aantal)
        .containsExactly(tuple("Zorg voor één kind", 1L));
    assertThat(rapport.afgeslotenKlantreizen()).extracting(Aantal::code, Aantal::aantal)
        .containsExactly(tuple("WERK_REGULIER", 1L), tuple("GESTOPT", 1L));
    assertThat(rapport.routes()).extracting(Aantal::code, Aantal::aantal)
        .containsExactly(tuple("REGULIER_WERK", 2L), tuple("DETACHERING", 1L), tuple("BESCHUT_WERK", 1L));
    assertThat(rapport.beschutWerk()).singleElement().satisfies(t -> {
      assertThat(t.naam()).isEqualTo("Zundert");
      assertThat(t.taakstelling()).as("no taakstelling configured for Zundert").isNull();
      assertThat(t.plaatsingen()).isEqualTo(1);
      assertThat(t.wachtlijst()).isEqualTo(1);
    });
    assertThat(rapport.ladder()).isEqualTo(new Cijfers.Ladderbeweging(1, 1, 1));
  }

  @Test
  void perUitvoerderOnlyItsReferralsAndTrajectoriesCount() {
    Rapport wvs = cijfers.rapport(new Selectie(List.of(ZUNDERT), "WVS", HEEL_2025.van(), HEEL_2025.tot()));
    assertThat(wvs.verwijzingen()).isEqualTo(3);
    assertThat(wvs.instrumenten()).hasSize(2);
    Rapport promen = cijfers.rapport(new Selectie(List.of(ZUNDERT), "PROMEN", HEEL_2025.van(), HEEL_2025.tot()));
    assertThat(promen.verwijzingen()).isZero();
    assertThat(promen.instrumenten()).isEmpty();
    assertThat(promen.fasen()).isEmpty();
  }

  @Test
  void eachManagerSeesOnlyTheirOwnMunicipality() throws Exception {
    Session zundert = Session.login(port, "mgr-zundert");
    HttpResponse<String> own = zundert.get("cijfers?van=2025-01-01&tot=2025-12-31");
    assertThat(own.statusCode()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(own.body());
    assertThat(body.path("toegestaneGemeenten")).hasSize(1);
    assertThat(body.path("toegestaneGemeenten").get(0).path("naam").asText()).isEqualTo("Zundert");
    assertThat(body.path("rapport").path("selectie").path("gemeenten").toString()).isEqualTo("[\"0879\"]");
    assertThat(body.path("rapport").path("verwijzingen").asLong()).isEqualTo(3);

    Session gouda = Session.login(port, "mgr-gouda");
    HttpResponse<String> other = gouda.get("cijfers?gemeente=" + ZUNDERT);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("geen toegang tot de cijfers van gemeente 0879");
    JsonNode goudaOwn = new ObjectMapper().readTree(gouda.get("cijfers?van=2025-01-01&tot=2025-12-31").body());
    assertThat(goudaOwn.path("rapport").path("selectie").path("gemeenten").toString()).isEqualTo("[\"0513\"]");
    assertThat(goudaOwn.path("rapport").path("verwijzingen").asLong()).as("none of Zundert's").isZero();
    assertThat(gouda.get("cijfers/csv?gemeente=" + ZUNDERT).statusCode()).isEqualTo(403);

    assertThat(Session.login(port, "km-zundert", "tasklist").get("cijfers").statusCode())
        .as("case workers, logged in to Tasklist, see no figures").isEqualTo(403);
    JsonNode admin = new ObjectMapper().readTree(Session.login(port, "admin").get("cijfers").body());
    assertThat(admin.path("toegestaneGemeenten")).hasSize(20);
    assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/camunda/api/cockpit/plugin/werkpad/default/cijfers")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).as("not logged in").isIn(401, 403);
  }

  @Test
  void theCsvOpensInExcelWithDutchCharacters() throws Exception {
    HttpResponse<byte[]> csv = Session.login(port, "mgr-zundert").getBytes("cijfers/csv?van=2025-01-01&tot=2025-12-31");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", "werkpad-cijfers-alle-2025-01-01-2025-12-31.csv");
    byte[] bytes = csv.body();
    assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("Onderdeel;Omschrijving;Aantal;Mediaan (dagen);90e percentiel (dagen);Taakstelling");
    assertThat(lines).contains("Selectie;Gemeente(n);Zundert;;;",
        "Doorlooptijd;Van verwijzing tot aanname door de uitvoerder;3;4;16,8;",
        "Gestopt, met reden;Zorg voor één kind;1;;;",
        "Beschut werk 2025;Zundert: plaatsingen;1;;;geen",
        "Participatieladder;Gestegen;1;;;");
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
  }

  private void journey(int n, String soort, String fase, String endedAt, String uitkomst) {
    jdbc.update("insert into wp_journey (id, bsn, active_bsn, woongemeente, process_instance_id, started_at, ended_at, "
        + "uitkomst, soort, fase) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id(n), "90000000" + n, endedAt == null ? "90000000" + n : null, ZUNDERT, "cijfers-test-" + n,
        OffsetDateTime.parse("2025-01-05T09:00:00Z"), endedAt == null ? null : OffsetDateTime.parse(endedAt), uitkomst,
        soort, fase);
  }

  private void plan(int n, String at, int dagen, String route) {
    jdbc.update("insert into wp_intake_dossier (journey_id, geheimhouding, route_gekozen, plan_vastgesteld_op, dagen_tot_plan, "
        + "bijgewerkt_op) values (?, false, ?, ?, ?, ?)", id(n), route, OffsetDateTime.parse(at), dagen, OffsetDateTime.parse(at));
  }

  private void verwijzing(int n, int journey, String verwezen, boolean overTermijn, String aangenomen, int dagen,
      String start, int dagenTotStart) {
    jdbc.update("insert into wp_verwijzing (id, journey_id, woongemeente, uitvoerder, verwezen_op, termijn_verstreken, "
        + "beoordeling, beoordeeld_op, dagen_tot_beoordeling, traject_gestart_op, dagen_tot_start) "
        + "values (?, ?, ?, 'WVS', ?, ?, 'AANGENOMEN', ?, ?, ?, ?)", 9_000_000L + n, id(journey), ZUNDERT,
        OffsetDateTime.parse(verwezen), overTermijn, OffsetDateTime.parse(aangenomen), dagen, LocalDate.parse(start), dagenTotStart);
  }

  private void uitkomst(int n, int journey, String op, String uitkomst, String reden) {
    jdbc.update("insert into wp_traject_uitkomst (id, journey_id, woongemeente, uitvoerder, vastgesteld_op, uitkomst, reden) "
        + "values (?, ?, ?, 'WVS', ?, ?, ?)", 9_000_000L + n, id(journey), ZUNDERT, LocalDate.parse(op), uitkomst, reden);
  }

  private void ladder(int n, int journey, String op, int trede) {
    jdbc.update("insert into wp_ladder_meting (id, journey_id, woongemeente, gemeten_op, trede, bron) values (?, ?, ?, ?, ?, 'EVALUATIE')",
        9_000_000L + n, id(journey), ZUNDERT, LocalDate.parse(op), trede);
  }

  private static long id(int n) {
    return 9_000_000L + n;
  }

  /** A logged-in session of the webapps, as Cockpit has one: a session cookie and the CSRF token. */
  record Session(HttpClient http, String base, String csrf) {

    static Session login(int port, String user) throws IOException, InterruptedException {
      return login(port, user, "cockpit");
    }

    static Session login(int port, String user, String app) throws IOException, InterruptedException {
      HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      String root = "http://localhost:" + port + "/camunda";
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(root + "/app/cockpit/default/")).build(),
          HttpResponse.BodyHandlers.ofString());
      String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
      HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(root + "/api/admin/auth/user/default/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
          .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as("login of " + user + ": " + login.body()).isEqualTo(200);
      String token = login.headers().firstValue("X-XSRF-TOKEN").orElse(csrf);
      return new Session(http, root + "/api/cockpit/plugin/werkpad/default/", token);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
      return http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path) {
      return HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", csrf)
          .header("Accept", path.contains("csv") ? "text/csv" : "application/json").build();
    }
  }
}
