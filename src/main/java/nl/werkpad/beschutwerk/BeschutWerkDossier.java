package nl.werkpad.beschutwerk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The beschut werk record of a journey: the request to UWV, UWV's advice, the municipality's decision
 * and, for a placement, when it was granted. The placements of a year are counted from here against the
 * municipality's taakstelling, and the waiting list is ordered by advice date. One row per journey; a
 * new round after a rejection updates it (the engine's history keeps the earlier round).
 */
@Entity
@Table(name = "wp_beschut_werk")
public class BeschutWerkDossier {

  public enum Status {
    /** UWV is asked for an advice. */
    ADVIES_GEVRAAGD,
    /** Positive advice, but the taakstelling of the year is reached. */
    WACHTLIJST,
    /** A place is granted; it counts for the year it was granted in. */
    TOEGEKEND,
    AFGEWEZEN,
    /** Granted or waiting, but the journey ended without beschut werk: the place is free again. */
    VERVALLEN
  }

  @Id
  @Column(name = "journey_id")
  private Long journeyId;

  @Column(nullable = false, length = 4)
  private String woongemeente;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Status status;

  @Column(name = "aanvraag_kenmerk", length = 60)
  private String aanvraagKenmerk;

  @Column(name = "aangevraagd_op")
  private LocalDate aangevraagdOp;

  @Column(name = "zelf_aangevraagd", nullable = false)
  private boolean zelfAangevraagd;

  @Column(name = "uwv_advies", length = 10)
  private String uwvAdvies;

  @Column(name = "advies_datum")
  private LocalDate adviesDatum;

  @Column(length = 20)
  private String besluit;

  @Column(name = "besluit_reden", length = 1000)
  private String besluitReden;

  @Column(name = "wachtlijst_sinds")
  private LocalDate wachtlijstSinds;

  @Column(name = "toegekend_op")
  private LocalDate toegekendOp;

  @Column(name = "boven_taakstelling", nullable = false)
  private boolean bovenTaakstelling;

  @Column(name = "besluit_datum")
  private LocalDate besluitDatum;

  @Column(name = "uren_per_week")
  private Integer urenPerWeek;

  @Column(length = 2000)
  private String toelichting;

  /** False once UWV advised positively: such a person is not in the doelgroepregister (banenafspraak). */
  private Boolean doelgroepregister;

  @Column(name = "bijgewerkt_op", nullable = false)
  private Instant bijgewerktOp;

  protected BeschutWerkDossier() {}

  BeschutWerkDossier(Long journeyId, String woongemeente) {
    this.journeyId = journeyId;
    this.woongemeente = woongemeente;
  }

  void adviesGevraagd(String kenmerk, LocalDate op) {
    status = Status.ADVIES_GEVRAAGD;
    aanvraagKenmerk = kenmerk;
    aangevraagdOp = op;
    uwvAdvies = null;
    adviesDatum = null;
    besluit = null;
    besluitReden = null;
  }

  void verzonden(LocalDate op) {
    aangevraagdOp = op;
  }

  void advies(String advies, LocalDate datum, boolean zelfAangevraagd) {
    this.uwvAdvies = advies;
    this.adviesDatum = datum;
    this.zelfAangevraagd = zelfAangevraagd;
    if ("POSITIEF".equals(advies)) {
      doelgroepregister = false;
    }
  }

  void opWachtlijst(String reden, LocalDate sinds) {
    status = Status.WACHTLIJST;
    besluit = "WACHTLIJST";
    besluitReden = reden;
    wachtlijstSinds = sinds;
  }

  void toegekend(String reden, LocalDate op, boolean bovenTaakstelling) {
    status = Status.TOEGEKEND;
    besluit = "TOEKENNEN";
    besluitReden = reden;
    toegekendOp = op;
    this.bovenTaakstelling = bovenTaakstelling;
  }

  void besluitVastgelegd(LocalDate datum, Integer uren, String toelichting) {
    besluitDatum = datum;
    urenPerWeek = uren;
    this.toelichting = toelichting;
  }

  void afgewezen(String reden, LocalDate datum, String toelichting) {
    status = Status.AFGEWEZEN;
    besluit = "AFWIJZEN";
    besluitReden = reden;
    besluitDatum = datum;
    this.toelichting = toelichting;
  }

  void vervallen() {
    status = Status.VERVALLEN;
  }

  void touched(Instant at) {
    bijgewerktOp = at;
  }

  public Long getJourneyId() {
    return journeyId;
  }

  public String getWoongemeente() {
    return woongemeente;
  }

  public Status getStatus() {
    return status;
  }

  public String getUwvAdvies() {
    return uwvAdvies;
  }

  public LocalDate getAdviesDatum() {
    return adviesDatum;
  }

  public boolean isZelfAangevraagd() {
    return zelfAangevraagd;
  }

  public String getBesluitReden() {
    return besluitReden;
  }

  public LocalDate getToegekendOp() {
    return toegekendOp;
  }

  public boolean isBovenTaakstelling() {
    return bovenTaakstelling;
  }

  public LocalDate getBesluitDatum() {
    return besluitDatum;
  }

  public Integer getUrenPerWeek() {
    return urenPerWeek;
  }

  public Boolean getDoelgroepregister() {
    return doelgroepregister;
  }

  public String getAanvraagKenmerk() {
    return aanvraagKenmerk;
  }

  public LocalDate getAangevraagdOp() {
    return aangevraagdOp;
  }
}
