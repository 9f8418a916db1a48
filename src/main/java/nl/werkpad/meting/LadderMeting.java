package nl.werkpad.meting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One measurement on the participatieladder (VNG/Divosa): 1 geïsoleerd to 6 betaald werk. */
@Entity
@Table(name = "wp_ladder_meting")
public class LadderMeting {

  /** Where the measurement was taken. */
  public enum Bron {
    INTAKE,
    EVALUATIE,
    WSW
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ladder_meting_seq")
  @SequenceGenerator(name = "ladder_meting_seq", sequenceName = "wp_ladder_meting_seq", allocationSize = 1)
  private Long id;

  @Column(name = "journey_id", nullable = false)
  private Long journeyId;

  @Column(nullable = false, length = 4)
  private String woongemeente;

  @Column(name = "gemeten_op", nullable = false)
  private LocalDate gemetenOp;

  @Column(nullable = false)
  private int trede;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Bron bron;

  protected LadderMeting() {}

  LadderMeting(Long journeyId, String woongemeente, LocalDate gemetenOp, int trede, Bron bron) {
    this.journeyId = journeyId;
    this.woongemeente = woongemeente;
    this.gemetenOp = gemetenOp;
    this.trede = trede;
    this.bron = bron;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getGemetenOp() {
    return gemetenOp;
  }

  public int getTrede() {
    return trede;
  }

  public Bron getBron() {
    return bron;
  }
}
