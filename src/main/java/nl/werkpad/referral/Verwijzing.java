package nl.werkpad.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * One referral to an uitvoerder and its timings: when it was sent, whether its term passed, when it was
 * assessed, and when the trajectory started. The managers' lead times are counted from these.
 */
@Entity
@Table(name = "wp_verwijzing")
public class Verwijzing {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verwijzing_seq")
  @SequenceGenerator(name = "verwijzing_seq", sequenceName = "wp_verwijzing_seq", allocationSize = 1)
  private Long id;

  @Column(name = "journey_id", nullable = false)
  private Long journeyId;

  @Column(nullable = false, length = 4)
  private String woongemeente;

  @Column(length = 20)
  private String uitvoerder;

  @Column(name = "verwezen_op", nullable = false)
  private Instant verwezenOp;

  @Column(name = "termijn_tot")
  private Instant termijnTot;

  @Column(name = "termijn_verstreken", nullable = false)
  private boolean termijnVerstreken;

  @Column(length = 20)
  private String beoordeling;

  @Column(name = "beoordeeld_op")
  private Instant beoordeeldOp;

  @Column(name = "dagen_tot_beoordeling")
  private Integer dagenTotBeoordeling;

  @Column(name = "traject_gestart_op")
  private LocalDate trajectGestartOp;

  @Column(name = "dagen_tot_start")
  private Integer dagenTotStart;

  protected Verwijzing() {}

  Verwijzing(Long journeyId, String woongemeente, String uitvoerder, Instant verwezenOp, Instant termijnTot) {
    this.journeyId = journeyId;
    this.woongemeente = woongemeente;
    this.uitvoerder = uitvoerder;
    this.verwezenOp = verwezenOp;
    this.termijnTot = termijnTot;
  }

  void termijnVerstreken() {
    termijnVerstreken = true;
  }

  void beoordeeld(String beoordeling, Instant op) {
    this.beoordeling = beoordeling;
    this.beoordeeldOp = op;
    this.dagenTotBeoordeling = (int) Duration.between(verwezenOp, op).toDays();
  }

  void trajectGestart(LocalDate op) {
    trajectGestartOp = op;
    // A start recorded as before the acceptance (registered afterwards) counts as no waiting at all.
    dagenTotStart = (int) Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(beoordeeldOp, NL), op));
  }

  public String getBeoordeling() {
    return beoordeling;
  }

  public boolean isTermijnVerstreken() {
    return termijnVerstreken;
  }

  public Integer getDagenTotBeoordeling() {
    return dagenTotBeoordeling;
  }

  public LocalDate getTrajectGestartOp() {
    return trajectGestartOp;
  }

  public Integer getDagenTotStart() {
    return dagenTotStart;
  }
}
