package nl.werkpad.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One instrument of a trajectory, from its start until the next instrument or the end. */
@Entity
@Table(name = "wp_traject_instrument")
public class TrajectInstrument {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "traject_instrument_seq")
  @SequenceGenerator(name = "traject_instrument_seq", sequenceName = "wp_traject_instrument_seq", allocationSize = 1)
  private Long id;

  @Column(name = "journey_id", nullable = false)
  private Long journeyId;

  @Column(nullable = false, length = 4)
  private String woongemeente;

  @Column(length = 20)
  private String uitvoerder;

  @Column(nullable = false, length = 40)
  private String instrument;

  @Column(nullable = false)
  private LocalDate startdatum;

  private LocalDate einddatum;

  @Column(length = 200)
  private String werkplek;

  @Column(nullable = false)
  private boolean taaltraject;

  @Column(nullable = false)
  private boolean loonkostensubsidie;

  @Column(nullable = false)
  private int verlengingen;

  @Column(name = "scholing_aangeboden")
  private LocalDate scholingAangeboden;

  @Column(name = "scholing_toelichting", length = 1000)
  private String scholingToelichting;

  protected TrajectInstrument() {}

  TrajectInstrument(Long journeyId, String woongemeente, String uitvoerder, String instrument, LocalDate startdatum,
      String werkplek, boolean taaltraject, boolean loonkostensubsidie) {
    this.journeyId = journeyId;
    this.woongemeente = woongemeente;
    this.uitvoerder = uitvoerder;
    this.instrument = instrument;
    this.startdatum = startdatum;
    this.werkplek = werkplek;
    this.taaltraject = taaltraject;
    this.loonkostensubsidie = loonkostensubsidie;
  }

  void beeindig(LocalDate op) {
    if (einddatum == null) {
      einddatum = op;
    }
  }

  void verleng() {
    verlengingen++;
  }

  void scholingAangeboden(LocalDate op, String toelichting) {
    scholingAangeboden = op;
    scholingToelichting = toelichting;
  }

  public String getUitvoerder() {
    return uitvoerder;
  }

  public String getInstrument() {
    return instrument;
  }

  public LocalDate getStartdatum() {
    return startdatum;
  }

  public LocalDate getEinddatum() {
    return einddatum;
  }

  public String getWerkplek() {
    return werkplek;
  }

  public boolean isTaaltraject() {
    return taaltraject;
  }

  public boolean isLoonkostensubsidie() {
    return loonkostensubsidie;
  }

  public int getVerlengingen() {
    return verlengingen;
  }

  public LocalDate getScholingAangeboden() {
    return scholingAangeboden;
  }
}
