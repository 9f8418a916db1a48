package nl.werkpad.uwv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A request to UWV as the embedded channel recorded it: what was asked, for which journey, when. */
@Entity
@Table(name = "wp_uwv_verzoek")
class UwvVerzoek {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "uwv_verzoek_seq")
  @SequenceGenerator(name = "uwv_verzoek_seq", sequenceName = "wp_uwv_verzoek_seq", allocationSize = 1)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private UwvGateway.Kind soort;

  @Column(name = "journey_number", nullable = false, length = 40)
  private String journeyNumber;

  @Column(nullable = false, length = 20)
  private String organisatie;

  @Column(name = "aangemaakt_op", nullable = false)
  private Instant aangemaaktOp;

  protected UwvVerzoek() {}

  UwvVerzoek(UwvGateway.Kind soort, String journeyNumber, String organisatie, Instant aangemaaktOp) {
    this.soort = soort;
    this.journeyNumber = journeyNumber;
    this.organisatie = organisatie;
    this.aangemaaktOp = aangemaaktOp;
  }

  /** KR-2026-000042/7: the journey and the request, nothing personal. */
  String kenmerk() {
    return journeyNumber + "/" + id;
  }
}
