package nl.werkpad.journey;

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
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client journey: who (BSN, never logged), where (woongemeente), and its journey number, which
 * is the business key of every process instance of the journey and holds no personal data. A Wsw
 * employee's dienstverband is a journey of its own kind: no intake, but the same number, tenant,
 * measurements and figures.
 */
@Entity
@Table(name = "wp_journey")
public class Journey {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  private static final Pattern NUMBER = Pattern.compile("(KR|WSW)-\\d{4}-(\\d{6,})");

  /** What kind of journey, and the prefix of its number. */
  public enum Soort {
    /** Klantreis: intake, referral, trajectory (Participatiewet). */
    KLANTREIS("KR"),
    /** The dienstverband of an existing Wsw employee. */
    WSW("WSW");

    private final String prefix;

    Soort(String prefix) {
      this.prefix = prefix;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journey_seq")
  @SequenceGenerator(name = "journey_seq", sequenceName = "wp_journey_seq", allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 9)
  private String bsn;

  /** The BSN while the journey is active, null after: a unique index allows one active journey per person. */
  @Column(name = "active_bsn", unique = true, length = 9)
  private String activeBsn;

  @Column(nullable = false, length = 4)
  private String woongemeente;

  @Column(name = "process_instance_id", nullable = false, unique = true, length = 64)
  private String processInstanceId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(length = 64)
  private String uitkomst;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Soort soort;

  /** The stage the journey is in now (INTAKE, PLAN, BESCHUT_WERK, VERWIJZING, TRAJECT, AFSLUITING). */
  @Column(length = 20)
  private String fase;

  @Column(name = "fase_sinds")
  private Instant faseSinds;

  /** Who last acted on the journey, and in which request: Werkpad's later steps act on their behalf. */
  @Column(name = "laatste_actor", length = 100)
  private String laatsteActor;

  @Column(name = "laatste_trace", length = 32)
  private String laatsteTrace;

  protected Journey() {}

  Journey(Soort soort, String bsn, String woongemeente, String processInstanceId, Instant startedAt) {
    this.soort = soort;
    this.bsn = bsn;
    this.activeBsn = bsn;
    this.woongemeente = woongemeente;
    this.processInstanceId = processInstanceId;
    this.startedAt = startedAt;
  }

  /** KR-2026-000042 (WSW-2026-000043 for a Wsw dienstverband): kind, year of start, sequence number. Known once persisted. */
  public String getNumber() {
    return "%s-%d-%06d".formatted(soort.prefix, startedAt.atZone(NL).getYear(), id);
  }

  /** The id within a journey number, when it has the form of one. */
  static Optional<Long> idOf(String number) {
    Matcher matcher = number == null ? null : NUMBER.matcher(number);
    return matcher != null && matcher.matches() ? Optional.of(Long.parseLong(matcher.group(2))) : Optional.empty();
  }

  void correctBsn(String bsn) {
    this.bsn = bsn;
    this.activeBsn = isActive() ? bsn : null;
  }

  void fase(String fase, Instant at) {
    this.fase = fase;
    this.faseSinds = at;
  }

  void gehandeld(String actor, String trace) {
    this.laatsteActor = actor;
    this.laatsteTrace = trace;
  }

  void end(String uitkomst, Instant at) {
    this.activeBsn = null;
    this.uitkomst = uitkomst;
    this.endedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getBsn() {
    return bsn;
  }

  public String getWoongemeente() {
    return woongemeente;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public boolean isActive() {
    return endedAt == null;
  }

  public String getFase() {
    return fase;
  }

  public Soort getSoort() {
    return soort;
  }

  public String getUitkomst() {
    return uitkomst;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getLaatsteActor() {
    return laatsteActor;
  }

  public String getLaatsteTrace() {
    return laatsteTrace;
  }
}
