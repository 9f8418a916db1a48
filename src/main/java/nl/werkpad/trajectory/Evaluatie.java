package nl.werkpad.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A periodic evaluation of a trajectory and what the decision EvaluationOutcome proposed. */
@Entity
@Table(name = "wp_evaluatie")
public class Evaluatie {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluatie_seq")
  @SequenceGenerator(name = "evaluatie_seq", sequenceName = "wp_evaluatie_seq", allocationSize = 1)
  private Long id;

  @Column(name = "journey_id", nullable = false)
  private Long journeyId;

  @Column(name = "geevalueerd_op", nullable = false)
  private LocalDate geevalueerdOp;

  @Column(nullable = false)
  private int trede;

  @Column(name = "doelen_behaald", nullable = false, length = 5)
  private String doelenBehaald;

  @Column(name = "werk_gevonden", nullable = false)
  private boolean werkGevonden;

  @Column(length = 2000)
  private String opmerkingen;

  @Column(length = 20)
  private String voorstel;

  @Column(name = "voorstel_reden", length = 500)
  private String voorstelReden;

  protected Evaluatie() {}

  Evaluatie(Long journeyId, LocalDate geevalueerdOp, int trede, String doelenBehaald, boolean werkGevonden,
      String opmerkingen) {
    this.journeyId = journeyId;
    this.geevalueerdOp = geevalueerdOp;
    this.trede = trede;
    this.doelenBehaald = doelenBehaald;
    this.werkGevonden = werkGevonden;
    this.opmerkingen = opmerkingen;
  }

  void voorstel(String voorstel, String reden) {
    this.voorstel = voorstel;
    this.voorstelReden = reden;
  }

  public LocalDate getGeevalueerdOp() {
    return geevalueerdOp;
  }

  public int getTrede() {
    return trede;
  }

  public String getDoelenBehaald() {
    return doelenBehaald;
  }

  public String getVoorstel() {
    return voorstel;
  }

  public String getVoorstelReden() {
    return voorstelReden;
  }

  public String getOpmerkingen() {
    return opmerkingen;
  }
}
