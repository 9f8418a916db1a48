package nl.werkpad.zaak;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkpad.zaak.CaseRegistry.ZaakStatus;

/**
 * A zaak of the embedded register: one per journey number and organisation (a municipality's CBS
 * code or an uitvoeringsorganisatie's code), with its client (BSN, never logged), its status history,
 * the zaken it continues (relevanteAndereZaken, aard vervolg), and once closed its resultaat and
 * einddatum.
 */
@Entity
@Table(name = "wp_zaak")
class EmbeddedZaak {

  private static final String URL_PREFIX = "urn:werkpad:zaak:";
  private static final Pattern URL = Pattern.compile(Pattern.quote(URL_PREFIX) + "(\\d{1,18})");

  /** A municipality's CBS code ("0513") or an uitvoeringsorganisatie's code ("PROMEN", "WERKBAAN_OOST"). */
  static final Pattern ORGANISATION = Pattern.compile("\\d{4}|[A-Z][A-Z_]{1,19}");
  static final int ORGANISATION_LENGTH = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zaak_seq")
  @SequenceGenerator(name = "zaak_seq", sequenceName = "wp_zaak_seq", allocationSize = 1)
  private Long id;

  @Column(name = "journey_number", nullable = false, length = 40)
  private String journeyNumber;

  @Column(nullable = false, length = ORGANISATION_LENGTH)
  private String organisation;

  @Column(nullable = false, length = 9)
  private String bsn;

  @Column(length = ZaakFields.OMSCHRIJVING)
  private String omschrijving;

  @Column(nullable = false)
  private LocalDate startdatum;

  @Column
  private LocalDate einddatum;

  @Column(length = 100)
  private String resultaat;

  @Column(name = "resultaat_toelichting", length = ZaakFields.TOELICHTING)
  private String resultaatToelichting;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "zaak", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<EmbeddedZaakStatus> statussen = new ArrayList<>();

  /** Ids of the zaken this zaak continues (relevanteAndereZaken with aard vervolg). */
  @ElementCollection
  @CollectionTable(name = "wp_zaak_vervolg", joinColumns = @JoinColumn(name = "zaak_id"))
  @Column(name = "andere_zaak_id", nullable = false)
  private Set<Long> vervolgVan = new LinkedHashSet<>();

  protected EmbeddedZaak() {}

  EmbeddedZaak(
      String journeyNumber,
      String organisation,
      String bsn,
      String omschrijving,
      LocalDate startdatum,
      Instant createdAt) {
    this.journeyNumber = journeyNumber;
    this.organisation = organisation;
    this.bsn = bsn;
    this.omschrijving = ZaakFields.truncate(omschrijving, ZaakFields.OMSCHRIJVING);
    this.startdatum = startdatum;
    this.createdAt = createdAt;
  }

  /** ZAAK-0513-2026-000042: organisation, year of startdatum, sequence number. Known once persisted. */
  String identificatie() {
    return "ZAAK-%s-%d-%06d".formatted(organisation, startdatum.getYear(), id);
  }

  /** The reference Werkpad keeps in {@link CaseRegistry.Zaak#url()}. */
  String url() {
    return URL_PREFIX + id;
  }

  /** The id within a reference made by {@link #url()}. */
  static Optional<Long> idOf(String url) {
    Matcher matcher = url == null ? null : URL.matcher(url);
    return matcher != null && matcher.matches()
        ? Optional.of(Long.parseLong(matcher.group(1)))
        : Optional.empty();
  }

  CaseRegistry.Zaak toZaak() {
    return new CaseRegistry.Zaak(identificatie(), url(), organisation);
  }

  /** The status set last, if any. */
  Optional<ZaakStatus> currentStatus() {
    return statussen.isEmpty()
        ? Optional.empty()
        : Optional.of(statussen.get(statussen.size() - 1).getStatus());
  }

  void addStatus(ZaakStatus status, String toelichting, Instant at) {
    statussen.add(new EmbeddedZaakStatus(this, status, toelichting, at));
  }

  /** Records that this zaak continues the other; false if it did already. */
  boolean addVervolgVan(EmbeddedZaak andere) {
    return vervolgVan.add(andere.getId());
  }

  /** Ids of the zaken this zaak continues; to be read within a transaction. */
  Set<Long> getVervolgVan() {
    return Collections.unmodifiableSet(vervolgVan);
  }

  void setResultaat(String resultaat, String toelichting) {
    this.resultaat = resultaat;
    this.resultaatToelichting = ZaakFields.truncate(toelichting, ZaakFields.TOELICHTING);
  }

  void close(LocalDate einddatum) {
    this.einddatum = einddatum;
  }

  boolean isClosed() {
    return einddatum != null;
  }

  Long getId() {
    return id;
  }

  String getJourneyNumber() {
    return journeyNumber;
  }

  String getOrganisation() {
    return organisation;
  }

  /** The client's BSN: personal data, never to be logged. */
  String getBsn() {
    return bsn;
  }

  String getOmschrijving() {
    return omschrijving;
  }

  LocalDate getStartdatum() {
    return startdatum;
  }

  LocalDate getEinddatum() {
    return einddatum;
  }

  String getResultaat() {
    return resultaat;
  }

  String getResultaatToelichting() {
    return resultaatToelichting;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  List<EmbeddedZaakStatus> getStatussen() {
    return Collections.unmodifiableList(statussen);
  }
}
