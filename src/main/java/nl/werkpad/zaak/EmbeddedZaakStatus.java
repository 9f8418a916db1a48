package nl.werkpad.zaak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.werkpad.zaak.CaseRegistry.ZaakStatus;

/** One status in the history of an embedded zaak. */
@Entity
@Table(name = "wp_zaak_status")
class EmbeddedZaakStatus {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zaak_status_seq")
  @SequenceGenerator(name = "zaak_status_seq", sequenceName = "wp_zaak_status_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "zaak_id", nullable = false)
  private EmbeddedZaak zaak;

  /** The name of a {@link ZaakStatus}; a plain string so the column is a portable varchar. */
  @Column(nullable = false, length = 32)
  private String status;

  @Column(length = ZaakFields.TOELICHTING)
  private String toelichting;

  @Column(name = "gezet_op", nullable = false)
  private Instant gezetOp;

  protected EmbeddedZaakStatus() {}

  EmbeddedZaakStatus(EmbeddedZaak zaak, ZaakStatus status, String toelichting, Instant gezetOp) {
    this.zaak = zaak;
    this.status = status.name();
    this.toelichting = ZaakFields.truncate(toelichting, ZaakFields.TOELICHTING);
    this.gezetOp = gezetOp;
  }

  ZaakStatus getStatus() {
    return ZaakStatus.valueOf(status);
  }

  String getToelichting() {
    return toelichting;
  }

  Instant getGezetOp() {
    return gezetOp;
  }
}
