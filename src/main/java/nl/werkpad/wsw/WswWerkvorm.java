package nl.werkpad.wsw;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A work form of a Wsw employee from a date: intern, gedetacheerd (groep, individueel), begeleid werken. */
@Entity
@Table(name = "wp_wsw_werkvorm")
public class WswWerkvorm {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsw_werkvorm_seq")
  @SequenceGenerator(name = "wsw_werkvorm_seq", sequenceName = "wp_wsw_werkvorm_seq", allocationSize = 1)
  private Long id;

  @Column(name = "journey_id", nullable = false)
  private Long journeyId;

  @Column(nullable = false, length = 30)
  private String werkvorm;

  @Column(length = 200)
  private String werkgever;

  @Column(nullable = false)
  private LocalDate vanaf;

  protected WswWerkvorm() {}

  WswWerkvorm(Long journeyId, String werkvorm, String werkgever, LocalDate vanaf) {
    this.journeyId = journeyId;
    this.werkvorm = werkvorm;
    this.werkgever = werkgever;
    this.vanaf = vanaf;
  }

  public String getWerkvorm() {
    return werkvorm;
  }

  public String getWerkgever() {
    return werkgever;
  }

  public LocalDate getVanaf() {
    return vanaf;
  }
}
