package nl.werkpad.cijfers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.werkpad.beschutwerk.Taakstelling;
import nl.werkpad.region.Regions;
import nl.werkpad.region.RegionsProperties.Municipality;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of "meten" for managers: per municipality (or a selection), optionally per
 * uitvoeringsorganisatie, per period. Every figure is an aggregate computed by the database from
 * Werkpad's own records (journeys, dossiers, referrals, measurements, outcomes), so it stays quick with
 * hundreds of thousands of journeys: nothing is loaded to be counted in memory. The queries are plain SQL
 * that H2 and PostgreSQL both run.
 */
@Component
public class Cijfers {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  /** The routes of the leer-werkbedrijf's aim, about a third each (WVS: regions.md). */
  static final List<String> DOELVERDELING = List.of("REGULIER_WERK", "DETACHERING", "BESCHUT_WERK");

  private final NamedParameterJdbcTemplate sql;
  private final Regions regions;
  private final Taakstelling taakstelling;

  Cijfers(NamedParameterJdbcTemplate sql, Regions regions, Taakstelling taakstelling) {
    this.sql = sql;
    this.regions = regions;
    this.taakstelling = taakstelling;
  }

  /** What is asked: which municipalities, optionally one uitvoerder, and the period (both days included). */
  public record Selectie(List<String> gemeenten, String uitvoerder, LocalDate van, LocalDate tot) {}

  public record Aantal(String code, String omschrijving, long aantal) {}

  public record Doorlooptijd(String omschrijving, long aantal, Double mediaanDagen, Double p90Dagen) {}

  public record Taakstellingcijfer(String gemeente, String naam, Integer taakstelling, long plaatsingen, long wachtlijst) {}

  public record Ladderbeweging(long omhoog, long gelijk, long omlaag) {}

  public record Rapport(Selectie selectie, List<Aantal> fasen, List<Aantal> instrumenten, long wachtlijstBeschutWerk,
      List<Aantal> wswWerkvormen, List<Doorlooptijd> doorlooptijden, long verwijzingen, long verwijzingenOverTermijn,
      List<Aantal> uitkomsten, List<Aantal> stopredenen, List<Aantal> afgeslotenKlantreizen, List<Aantal> routes,
      List<Taakstellingcijfer> beschutWerk, Ladderbeweging ladder) {}

  @Transactional(readOnly = true)
  public Rapport rapport(Selectie selectie) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("gemeenten", selectie.gemeenten())
        .addValue("uitvoerder", selectie.uitvoerder())
        .addValue("van", selectie.van())
        .addValue("tot", selectie.tot())
        .addValue("vanaf", OffsetDateTime.of(selectie.van().atStartOfDay(), NL.getRules().getOffset(selectie.van().atStartOfDay())))
        .addValue("totVoor", OffsetDateTime.of(selectie.tot().plusDays(1).atStartOfDay(),
            NL.getRules().getOffset(selectie.tot().plusDays(1).atStartOfDay())));
    boolean perUitvoerder = selectie.uitvoerder() != null;

    List<Aantal> fasen = aantallen("""
        select coalesce(j.fase, 'ONBEKEND') code, count(*) aantal from wp_journey j
        where j.ended_at is null and j.soort = 'KLANTREIS' and j.woongemeente in (:gemeenten)
        """ + (perUitvoerder ? " and exists (select 1 from wp_verwijzing v where v.journey_id = j.id and v.uitvoerder = :uitvoerder)" : "")
        + " group by j.fase", p, Omschrijvingen.FASEN);
    List<Aantal> instrumenten = aantallen("""
        select i.instrument code, count(*) aantal from wp_journey j
        join wp_traject_instrument i on i.journey_id = j.id and i.einddatum is null
        where j.ended_at is null and j.fase = 'TRAJECT' and j.woongemeente in (:gemeenten)
        """ + (perUitvoerder ? " and i.uitvoerder = :uitvoerder" : "") + " group by i.instrument", p, Omschrijvingen.INSTRUMENTEN);
    long wachtlijst = getal("""
        select count(*) from wp_beschut_werk b where b.status = 'WACHTLIJST' and b.woongemeente in (:gemeenten)""", p);
    List<Aantal> werkvormen = aantallen("""
        select d.werkvorm code, count(*) aantal from wp_wsw_dienstverband d join wp_journey j on j.id = d.journey_id
        where j.ended_at is null and d.woongemeente in (:gemeenten)
        """ + (perUitvoerder ? " and d.uitvoerder = :uitvoerder" : "") + " group by d.werkvorm", p, Omschrijvingen.WERKVORMEN);

    List<Doorlooptijd> doorlooptijden = new ArrayList<>();
    if (!perUitvoerder) {
      doorlooptijden.add(doorlooptijd("Van aanmelding tot plan van aanpak", """
          select count(*) aantal, percentile_cont(0.5) within group (order by d.dagen_tot_plan) mediaan,
                 percentile_cont(0.9) within group (order by d.dagen_tot_plan) p90
          from wp_intake_dossier d join wp_journey j on j.id = d.journey_id
          where d.plan_vastgesteld_op >= :vanaf and d.plan_vastgesteld_op < :totVoor and j.woongemeente in (:gemeenten)""", p));
    }
    String uitvoerderFilter = perUitvoerder ? " and v.uitvoerder = :uitvoerder" : "";
    doorlooptijden.add(doorlooptijd("Van verwijzing tot aanname door de uitvoerder", """
        select count(*) aantal, percentile_cont(0.5) within group (order by v.dagen_tot_beoordeling) mediaan,
               percentile_cont(0.9) within group (order by v.dagen_tot_beoordeling) p90
        from wp_verwijzing v where v.beoordeling = 'AANGENOMEN' and v.beoordeeld_op >= :vanaf and v.beoordeeld_op < :totVoor
          and v.woongemeente in (:gemeenten)""" + uitvoerderFilter, p));
    doorlooptijden.add(doorlooptijd("Van aanname tot start van het traject", """
        select count(*) aantal, percentile_cont(0.5) within group (order by v.dagen_tot_start) mediaan,
               percentile_cont(0.9) within group (order by v.dagen_tot_start) p90
        from wp_verwijzing v where v.traject_gestart_op between :van and :tot and v.woongemeente in (:gemeenten)""" + uitvoerderFilter, p));
    long verwijzingen = getal("""
        select count(*) from wp_verwijzing v where v.verwezen_op >= :vanaf and v.verwezen_op < :totVoor
          and v.woongemeente in (:gemeenten)""" + uitvoerderFilter, p);
    long overTermijn = getal("""
        select count(*) from wp_verwijzing v where v.verwezen_op >= :vanaf and v.verwezen_op < :totVoor
          and v.termijn_verstreken = true and v.woongemeente in (:gemeenten)""" + uitvoerderFilter, p);

    String uitkomstFilter = perUitvoerder ? " and u.uitvoerder = :uitvoerder" : "";
    List<Aantal> uitkomsten = aantallen("""
        select u.uitkomst code, count(*) aantal from wp_traject_uitkomst u
        where u.vastgesteld_op between :van and :tot and u.woongemeente in (:gemeenten)""" + uitkomstFilter
        + " group by u.uitkomst", p, Omschrijvingen.UITKOMSTEN);
    List<Aantal> stopredenen = sql.query("""
        select coalesce(u.reden, '(geen reden)') reden, count(*) aantal from wp_traject_uitkomst u
        where u.uitkomst = 'GESTOPT' and u.vastgesteld_op between :van and :tot and u.woongemeente in (:gemeenten)"""
        + uitkomstFilter + " group by u.reden order by count(*) desc, u.reden", p,
        (rs, i) -> new Aantal(null, rs.getString("reden"), rs.getLong("aantal")));
    List<Aantal> afgesloten = perUitvoerder ? List.of() : aantallen("""
        select coalesce(j.uitkomst, 'ONBEKEND') code, count(*) aantal from wp_journey j
        where j.ended_at >= :vanaf and j.ended_at < :totVoor and j.woongemeente in (:gemeenten)
        group by j.uitkomst""", p, Omschrijvingen.UITKOMSTEN);
    List<Aantal> routes = perUitvoerder ? List.of() : aantallen("""
        select coalesce(d.route_gekozen, 'ONBEKEND') code, count(*) aantal
        from wp_intake_dossier d join wp_journey j on j.id = d.journey_id
        where d.plan_vastgesteld_op >= :vanaf and d.plan_vastgesteld_op < :totVoor and j.woongemeente in (:gemeenten)
        group by d.route_gekozen""", p, Omschrijvingen.ROUTES);

    Ladderbeweging ladder = sql.queryForObject("""
        with m as (
          select l.id, l.journey_id, l.trede, l.gemeten_op,
                 row_number() over (partition by l.journey_id order by l.gemeten_op, l.id) eerste,
                 row_number() over (partition by l.journey_id order by l.gemeten_op desc, l.id desc) laatste
          from wp_ladder_meting l where l.woongemeente in (:gemeenten) and l.gemeten_op <= :tot)
        select coalesce(sum(case when b.trede > a.trede then 1 else 0 end), 0) omhoog,
               coalesce(sum(case when b.trede = a.trede then 1 else 0 end), 0) gelijk,
               coalesce(sum(case when b.trede < a.trede then 1 else 0 end), 0) omlaag
        from m a join m b on a.journey_id = b.journey_id and a.eerste = 1 and b.laatste = 1
        where a.id <> b.id and b.gemeten_op >= :van""", p,
        (rs, i) -> new Ladderbeweging(rs.getLong("omhoog"), rs.getLong("gelijk"), rs.getLong("omlaag")));

    List<Taakstellingcijfer> beschutWerk = new ArrayList<>();
    int jaar = selectie.tot().getYear();
    for (String gemeente : selectie.gemeenten()) {
      OptionalInt aantal = taakstelling.aantal(gemeente, jaar);
      long opWachtlijst = getal("select count(*) from wp_beschut_werk b where b.status = 'WACHTLIJST' and b.woongemeente = :g",
          new MapSqlParameterSource("g", gemeente));
      beschutWerk.add(new Taakstellingcijfer(gemeente, naam(gemeente), aantal.isPresent() ? aantal.getAsInt() : null,
          taakstelling.plaatsingen(gemeente, jaar), opWachtlijst));
    }
    return new Rapport(selectie, fasen, instrumenten, wachtlijst, werkvormen, doorlooptijden, verwijzingen, overTermijn,
        uitkomsten, stopredenen, afgesloten, routes, beschutWerk, ladder);
  }

  private String naam(String gemeente) {
    return regions.municipality(gemeente).map(Municipality::name).orElse(gemeente);
  }

  private List<Aantal> aantallen(String query, MapSqlParameterSource p, Map<String, String> omschrijvingen) {
    Map<String, Long> counted = new LinkedHashMap<>();
    sql.query(query, p, rs -> {
      counted.put(rs.getString("code"), rs.getLong("aantal"));
    });
    List<Aantal> result = new ArrayList<>();
    // The known values in their natural order, then whatever else the records hold.
    omschrijvingen.forEach((code, omschrijving) -> {
      Long aantal = counted.remove(code);
      if (aantal != null) {
        result.add(new Aantal(code, omschrijving, aantal));
      }
    });
    counted.forEach((code, aantal) -> result.add(new Aantal(code, code, aantal)));
    return result;
  }

  private long getal(String query, MapSqlParameterSource p) {
    Long value = sql.queryForObject(query, p, Long.class);
    return value == null ? 0 : value;
  }

  private Doorlooptijd doorlooptijd(String omschrijving, String query, MapSqlParameterSource p) {
    return sql.queryForObject(query, p, (rs, i) -> new Doorlooptijd(omschrijving, rs.getLong("aantal"),
        number(rs.getObject("mediaan")), number(rs.getObject("p90"))));
  }

  private static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }
}
