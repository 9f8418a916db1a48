package nl.werkpad.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A loonwaarde measured on the actual workplace with a validated method (for loonkostensubsidie). */
@Entity
@Table(name = "wp_loonwaarde_meting")
public class LoonwaardeMeting {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loonwaarde_meting_seq")
  @SequenceGenerator(name = "loonwaarde_meting_seq", sequenceName = "wp_loonwaarde_meting_seq", allocationSize = 1)
  private Long id;

  @Column(name = "journey_id", nullable = false)
  private Long journeyId;

  @Column(name = "gemeten_op", nullable = false)
  private LocalDate gemetenOp;

  @Column(nullable = false)
  private int loonwaarde;

  @Column(nullable = false, length = 40)
  private String methode;

  protected LoonwaardeMeting() {}

  LoonwaardeMeting(Long journeyId, LocalDate gemetenOp, int loonwaarde, String methode) {
    this.journeyId = journeyId;
    this.gemetenOp = gemetenOp;
    this.loonwaarde = loonwaarde;
    this.methode = methode;
  }

  public LocalDate getGemetenOp() {
    return gemetenOp;
  }

  public int getLoonwaarde() {
    return loonwaarde;
  }

  public String getMethode() {
    return methode;
  }
}
