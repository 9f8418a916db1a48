package nl.werkpad.logboek;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One processing of one person's data: who (actor, on whose behalf), what (activity, action, object),
 * whose (bsn, journey, organisation), when, with which result, in which request (trace). Written once;
 * the application never changes it, but for its seal in the hash chain ({@link #seal}).
 */
@Entity
@Table(name = "wp_verwerking")
public class Verwerking {

  /** What was done with the data. */
  public enum Handeling {
    /** A user read the person's data (a task's form, a journey's variables, the dossier). */
    INZIEN,
    /** Asked of the BRP. */
    RAADPLEGEN,
    /** Recorded by a user (a task's answers, a message's content). */
    VASTLEGGEN,
    /** A journey registered for the person (an aanmelding, a take-over, a Wsw dienstverband). */
    REGISTREREN,
    /** The person's identifying data corrected. */
    WIJZIGEN,
    /** Passed on to another system (the zaaksysteem). */
    VERSTREKKEN
  }

  public enum Resultaat { GELUKT, GEWEIGERD }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verwerking_seq")
  @SequenceGenerator(name = "verwerking_seq", sequenceName = "wp_verwerking_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, updatable = false)
  private Instant tijdstip;

  @Column(name = "trace_id", nullable = false, updatable = false, length = 32)
  private String traceId;

  @Column(nullable = false, updatable = false, length = 40)
  private String activiteit;

  @Column(nullable = false, updatable = false, length = 20)
  private String handeling;

  @Column(nullable = false, updatable = false, length = 20)
  private String resultaat;

  @Column(nullable = false, updatable = false, length = 100)
  private String actor;

  @Column(name = "actor_naam", updatable = false, length = 200)
  private String actorNaam;

  @Column(name = "actor_soort", nullable = false, updatable = false, length = 20)
  private String actorSoort;

  @Column(updatable = false, length = 100)
  private String namens;

  @Column(nullable = false, updatable = false, length = 20)
  private String organisatie;

  @Column(nullable = false, updatable = false, length = 9)
  private String bsn;

  @Column(updatable = false, length = 40)
  private String klantreis;

  @Column(nullable = false, updatable = false, length = 200)
  private String object;

  @Column(updatable = false, length = 500)
  private String toelichting;

  private Long volgnummer;

  @Column(length = 64)
  private String hash;

  protected Verwerking() {}

  Verwerking(Instant tijdstip, String traceId, String activiteit, Handeling handeling, Resultaat resultaat, Verwerker actor,
      String organisatie, String bsn, String klantreis, String object, String toelichting) {
    this.tijdstip = tijdstip;
    this.traceId = traceId;
    this.activiteit = activiteit;
    this.handeling = handeling.name();
    this.resultaat = resultaat.name();
    this.actor = cut(actor.id(), 100);
    this.actorNaam = cut(actor.naam(), 200);
    this.actorSoort = actor.soort().name();
    this.namens = cut(actor.namens(), 100);
    this.organisatie = organisatie;
    this.bsn = bsn;
    this.klantreis = klantreis;
    this.object = cut(object, 200);
    this.toelichting = cut(toelichting, 500);
  }

  /** Its place in the chain and its keyed hash; once. */
  void seal(long volgnummer, String hash) {
    if (this.volgnummer != null) {
      throw new IllegalStateException("Verwerking " + id + " is al verzegeld");
    }
    this.volgnummer = volgnummer;
    this.hash = hash;
  }

  /** The fields the seal covers, in a fixed order: a change of any of them breaks the chain. */
  String inhoud() {
    return String.join("\u001f", String.valueOf(id), String.valueOf(tijdstip), traceId, activiteit, handeling, resultaat,
        actor, nz(actorNaam), actorSoort, nz(namens), organisatie, bsn, nz(klantreis), object, nz(toelichting));
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() { return id; }
  public Instant getTijdstip() { return tijdstip; }
  public String getTraceId() { return traceId; }
  public String getActiviteit() { return activiteit; }
  public String getHandeling() { return handeling; }
  public String getResultaat() { return resultaat; }
  public String getActor() { return actor; }
  public String getActorNaam() { return actorNaam; }
  public String getActorSoort() { return actorSoort; }
  public String getNamens() { return namens; }
  public String getOrganisatie() { return organisatie; }
  public String getBsn() { return bsn; }
  public String getKlantreis() { return klantreis; }
  public String getObject() { return object; }
  public String getToelichting() { return toelichting; }
  public Long getVolgnummer() { return volgnummer; }
  public String getHash() { return hash; }
}
