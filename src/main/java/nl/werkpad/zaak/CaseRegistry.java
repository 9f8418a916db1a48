package nl.werkpad.zaak;

import java.util.List;

import java.time.LocalDate;

/**
 * The municipality's zaaksysteem. Production: a ZGW Zaken API 1.5 client; embedded default: an
 * in-process register stored with JPA. Selected by {@code werkpad.zaken.mode}. Every call is safe to
 * repeat (service tasks run at least once): a retried create finds the zaak made the first time, a
 * repeated status or result is not set twice.
 */
public interface CaseRegistry {

  /**
   * Creates the zaak of a journey, with the client as rol (natuurlijk persoon), or returns the one
   * already created for this journey.
   *
   * @param journeyNumber idempotency key: at most one zaak per journey number and organisation
   * @param organisation whose zaak it is (bronorganisatie and verantwoordelijke organisatie): a
   *     municipality's CBS code of four digits ("0513"), or an uitvoeringsorganisatie's code of upper
   *     case letters and underscores ("PROMEN", "WERKBAAN_OOST"), which keeps its own zaak
   */
  Zaak open(String journeyNumber, String organisation, String bsn, String omschrijving, LocalDate startdatum);

  /** Sets the zaak's status for a milestone of the journey, unless it already has that status. */
  void setStatus(Zaak zaak, ZaakStatus status, String toelichting);

  /** Sets the resultaat and then the end status, which closes the zaak. Repeating it changes nothing. */
  void close(Zaak zaak, String resultaat, String toelichting);

  /** The journey's zaken that are not closed: the municipality's, and an uitvoeringsorganisatie's. */
  List<Zaak> openZakenOf(String journeyNumber);

  /**
   * Records that {@code zaak} continues {@code andereZaak} (relevanteAndereZaken, aard
   * {@code vervolg}): zaken are not handled across organisations, so the uitvoeringsorganisatie's
   * zaak is related to the municipality's. Repeating it changes nothing.
   */
  void relate(Zaak zaak, Zaak andereZaak);

  /**
   * Whether what this registry does is undone with the journey's transaction (the embedded register,
   * in the same database), rather than kept when the journey's step is rolled back (a zaaksysteem of
   * its own).
   */
  default boolean undoneWithTheJourney() {
    return false;
  }

  /**
   * A zaak as Werkpad refers to it.
   *
   * @param identificatie the zaak number case workers see and quote
   * @param url where the zaaksysteem holds it (ZGW resource URL; an internal reference in the embedded
   *     register)
   * @param organisation whose zaak it is: a municipality's CBS code or an uitvoeringsorganisatie's code
   */
  record Zaak(String identificatie, String url, String organisation) {}

  /** Milestones of the journey that the zaak records, in order. */
  enum ZaakStatus {
    AANGEMELD,
    INTAKE_AFGEROND,
    VERWEZEN,
    TRAJECT_GESTART,
    AFGEROND
  }
}
