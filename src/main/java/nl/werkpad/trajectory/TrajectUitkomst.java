package nl.werkpad.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** How a trajectory ended: into work (by kind), moved, AOW age, stopped, or back for a new plan. */
@Entity
@Table(name = "wp_traject_uitkomst")
public class TrajectUitkomst {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "traject_uitkomst_seq")
  @SequenceGenerator(name = "traject_uitkomst_seq", sequenceName = "wp_traject_uitkomst_seq", allocationSize = 1)
  private Long id;

  @Column(name = "journey_id", nullable = false)
  private Long journeyId;

  @Column(nullable = false, length = 4)
  private String woongemeente;

  @Column(length = 20)
  private String uitvoerder;

  @Column(name = "vastgesteld_op", nullable = false)
  private LocalDate vastgesteldOp;

  @Column(nullable = false, length = 40)
  private String uitkomst;

  @Column(length = 1000)
  private String reden;

  @Column(length = 2000)
  private String toelichting;

  protected TrajectUitkomst() {}

  TrajectUitkomst(Long journeyId, String woongemeente, String uitvoerder, LocalDate vastgesteldOp, String uitkomst,
      String reden, String toelichting) {
    this.journeyId = journeyId;
    this.woongemeente = woongemeente;
    this.uitvoerder = uitvoerder;
    this.vastgesteldOp = vastgesteldOp;
    this.uitkomst = uitkomst;
    this.reden = reden;
    this.toelichting = toelichting;
  }

  public LocalDate getVastgesteldOp() {
    return vastgesteldOp;
  }

  public String getUitkomst() {
    return uitkomst;
  }

  public String getReden() {
    return reden;
  }
}
