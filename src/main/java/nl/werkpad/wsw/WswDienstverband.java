package nl.werkpad.wsw;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A Wsw employee's dienstverband as it stands: indication, work form, employer, and its end. */
@Entity
@Table(name = "wp_wsw_dienstverband")
public class WswDienstverband {

  @Id
  @Column(name = "journey_id")
  private Long journeyId;

  @Column(nullable = false, length = 4)
  private String woongemeente;

  @Column(length = 20)
  private String uitvoerder;

  @Column(name = "indicatie_categorie", nullable = false, length = 10)
  private String indicatieCategorie;

  @Column(name = "indicatie_einddatum", nullable = false)
  private LocalDate indicatieEinddatum;

  @Column(nullable = false, length = 30)
  private String werkvorm;

  @Column(length = 200)
  private String werkgever;

  private LocalDate ingangsdatum;

  private LocalDate einddatum;

  @Column(name = "einde_reden", length = 30)
  private String eindeReden;

  protected WswDienstverband() {}

  WswDienstverband(Long journeyId, String woongemeente, String indicatieCategorie, LocalDate indicatieEinddatum,
      String werkvorm, String werkgever, LocalDate ingangsdatum) {
    this.journeyId = journeyId;
    this.woongemeente = woongemeente;
    this.indicatieCategorie = indicatieCategorie;
    this.indicatieEinddatum = indicatieEinddatum;
    this.werkvorm = werkvorm;
    this.werkgever = werkgever;
    this.ingangsdatum = ingangsdatum;
  }

  void uitvoerder(String uitvoerder) {
    this.uitvoerder = uitvoerder;
  }

  void werkvorm(String werkvorm, String werkgever) {
    this.werkvorm = werkvorm;
    this.werkgever = werkgever;
  }

  void indicatie(String categorie, LocalDate einddatum) {
    this.indicatieCategorie = categorie;
    this.indicatieEinddatum = einddatum;
  }

  void beeindigd(LocalDate op, String reden) {
    this.einddatum = op;
    this.eindeReden = reden;
  }

  public String getIndicatieCategorie() {
    return indicatieCategorie;
  }

  public LocalDate getIndicatieEinddatum() {
    return indicatieEinddatum;
  }

  public String getWerkvorm() {
    return werkvorm;
  }

  public String getWerkgever() {
    return werkgever;
  }

  public LocalDate getIngangsdatum() {
    return ingangsdatum;
  }

  public String getUitvoerder() {
    return uitvoerder;
  }

  public LocalDate getEinddatum() {
    return einddatum;
  }

  public String getEindeReden() {
    return eindeReden;
  }
}
