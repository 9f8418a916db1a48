package nl.werkpad.wsw;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One herindicatie: requested from UWV, and UWV's answer (continued with a new end date, or not). */
@Entity
@Table(name = "wp_wsw_herindicatie")
public class WswHerindicatie {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsw_herindicatie_seq")
  @SequenceGenerator(name = "wsw_herindicatie_seq", sequenceName = "wp_wsw_herindicatie_seq", allocationSize = 1)
  private Long id;

  @Column(name = "journey_id", nullable = false)
  private Long journeyId;

  @Column(name = "oude_einddatum", nullable = false)
  private LocalDate oudeEinddatum;

  @Column(name = "aangevraagd_op")
  private LocalDate aangevraagdOp;

  @Column(length = 20)
  private String besluit;

  @Column(name = "besluit_datum")
  private LocalDate besluitDatum;

  @Column(name = "nieuwe_einddatum")
  private LocalDate nieuweEinddatum;

  @Column(length = 10)
  private String categorie;

  protected WswHerindicatie() {}

  WswHerindicatie(Long journeyId, LocalDate oudeEinddatum) {
    this.journeyId = journeyId;
    this.oudeEinddatum = oudeEinddatum;
  }

  void aangevraagd(LocalDate op) {
    aangevraagdOp = op;
  }

  void besluit(String besluit, LocalDate datum, LocalDate nieuweEinddatum, String categorie) {
    this.besluit = besluit;
    this.besluitDatum = datum;
    this.nieuweEinddatum = nieuweEinddatum;
    this.categorie = categorie;
  }

  public LocalDate getAangevraagdOp() {
    return aangevraagdOp;
  }

  public String getBesluit() {
    return besluit;
  }

  public LocalDate getNieuweEinddatum() {
    return nieuweEinddatum;
  }
}
