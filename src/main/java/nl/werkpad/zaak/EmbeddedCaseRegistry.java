package nl.werkpad.zaak;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkpad.person.Bsn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The embedded zaaksysteem (default, {@code werkpad.zaken.mode=embedded}): zaken in Werkpad's own
 * database, behaving like a ZGW Zaken API. One zaak per journey number and organisation (a unique
 * constraint, so also under two simultaneous opens); a status history in which repeating the current
 * status adds nothing; a zaak closes with a resultaat and then the end status AFGEROND, which sets
 * the einddatum; a closed zaak takes no other status, as a zaaksysteem refuses that without forcing.
 *
 * <p>The organisation is a municipality's CBS code or an uitvoeringsorganisatie's code: the
 * uitvoeringsorganisatie keeps its own zaak, related to the municipality's by {@link #relate} (aard
 * vervolg, stored in {@code wp_zaak_vervolg}).
 *
 * <p>The zaaknummer case workers see is {@code ZAAK-<organisation>-<year of startdatum>-<number>}, e.g.
 * {@code ZAAK-0513-2026-000042} or {@code ZAAK-PROMEN-2026-000043}: the number comes from the sequence {@code wp_zaak_seq}, so it is
 * unique across organisations and years. The BSN of the client is stored, never logged.
 */
@Component
@ConditionalOnProperty(name = "werkpad.zaken.mode", havingValue = "embedded", matchIfMissing = true)
@Transactional
public class EmbeddedCaseRegistry implements CaseRegistry {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedCaseRegistry.class);
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private final EmbeddedZaakRepository zaken;
  private final Clock clock;

  EmbeddedCaseRegistry(EmbeddedZaakRepository zaken, Clock clock) {
    this.zaken = zaken;
    this.clock = clock;
  }

  @Override
  public Zaak open(String journeyNumber, String organisation, String bsn, String omschrijving, LocalDate startdatum) {
    if (journeyNumber == null || journeyNumber.isBlank() || journeyNumber.length() > 40) {
      throw new IllegalArgumentException("Klantreisnummer ontbreekt of is langer dan 40 tekens: " + journeyNumber);
    }
    if (organisation == null || !EmbeddedZaak.ORGANISATION.matcher(organisation).matches()) {
      throw new IllegalArgumentException("Organisatie is geen CBS-gemeentecode van vier cijfers en geen code van een"
          + " uitvoeringsorganisatie (hoofdletters en liggende streepjes, 2 tot 20 tekens): " + organisation);
    }
    if (!Bsn.isValid(bsn)) {
      throw new IllegalArgumentException("Ongeldig BSN voor de zaak van klantreis " + journeyNumber);
    }
    Optional<EmbeddedZaak> existing = zaken.findByJourneyNumberAndOrganisation(journeyNumber, organisation);
    if (existing.isPresent()) {
      EmbeddedZaak zaak = existing.get();
      if (!zaak.getBsn().equals(bsn)) {
        log.warn("Zaak {} van klantreis {} heeft een andere cliënt dan gevraagd; de zaak blijft ongewijzigd",
            zaak.identificatie(), journeyNumber);
      }
      return zaak.toZaak();
    }
    Instant now = clock.instant();
    LocalDate start = startdatum != null ? startdatum : LocalDate.ofInstant(now, NL);
    EmbeddedZaak zaak = zaken.save(new EmbeddedZaak(journeyNumber, organisation, bsn, omschrijving, start, now));
    log.info("Zaak {} geopend voor klantreis {} (organisatie {})", zaak.identificatie(), journeyNumber, organisation);
    return zaak.toZaak();
  }

  @Override
  public void setStatus(Zaak zaak, ZaakStatus status, String toelichting) {
    Objects.requireNonNull(status, "status");
    apply(load(zaak), status, toelichting);
  }

  @Override
  public void close(Zaak zaak, String resultaat, String toelichting) {
    if (resultaat == null || resultaat.isBlank()) {
      throw new IllegalArgumentException("Resultaat ontbreekt bij het afsluiten van zaak " + zaak.identificatie());
    }
    EmbeddedZaak embedded = load(zaak);
    if (embedded.isClosed()) {
      log.debug("Zaak {} is al afgesloten", embedded.identificatie());
      return;
    }
    if (embedded.getResultaat() == null) {
      embedded.setResultaat(resultaat.strip(), toelichting);
      log.info("Zaak {}: resultaat {} vastgelegd", embedded.identificatie(), resultaat.strip());
    }
    apply(embedded, ZaakStatus.AFGEROND, toelichting);
  }

  @Override
  public List<Zaak> openZakenOf(String journeyNumber) {
    return zaken.findOpenByJourneyNumber(journeyNumber).stream().map(EmbeddedZaak::toZaak).toList();
  }

  @Override
  public void relate(Zaak zaak, Zaak andereZaak) {
    EmbeddedZaak vervolg = load(zaak);
    EmbeddedZaak andere = load(andereZaak);
    if (vervolg.getId().equals(andere.getId())) {
      throw new IllegalArgumentException("Zaak %s kan geen vervolg op zichzelf zijn".formatted(vervolg.identificatie()));
    }
    if (vervolg.addVervolgVan(andere)) {
      log.info("Zaak {} is vastgelegd als vervolg op zaak {}", vervolg.identificatie(), andere.identificatie());
    } else {
      log.debug("Zaak {} is al een vervolg op zaak {}", vervolg.identificatie(), andere.identificatie());
    }
  }

  private void apply(EmbeddedZaak zaak, ZaakStatus status, String toelichting) {
    if (zaak.currentStatus().filter(status::equals).isPresent()) {
      log.debug("Zaak {} heeft al status {}", zaak.identificatie(), status);
      return;
    }
    if (zaak.isClosed()) {
      throw new IllegalStateException("Zaak %s is afgesloten: status %s kan niet meer worden gezet"
          .formatted(zaak.identificatie(), status));
    }
    if (status == ZaakStatus.AFGEROND && zaak.getResultaat() == null) {
      throw new IllegalStateException("Zaak %s heeft nog geen resultaat: de eindstatus AFGEROND volgt op het resultaat"
          .formatted(zaak.identificatie()));
    }
    Instant now = clock.instant();
    zaak.addStatus(status, toelichting, now);
    if (status == ZaakStatus.AFGEROND) {
      zaak.close(LocalDate.ofInstant(now, NL));
    }
    log.info("Zaak {}: status {}", zaak.identificatie(), status);
  }

  @Override
  public boolean undoneWithTheJourney() {
    return true;
  }

  private EmbeddedZaak load(Zaak zaak) {
    Objects.requireNonNull(zaak, "zaak");
    return EmbeddedZaak.idOf(zaak.url())
        .flatMap(zaken::findById)
        .filter(found -> found.getOrganisation().equals(zaak.organisation()))
        .orElseThrow(() -> new IllegalArgumentException(
            "Zaak %s (%s) staat niet in het ingebouwde zaaksysteem".formatted(zaak.identificatie(), zaak.url())));
  }
}
