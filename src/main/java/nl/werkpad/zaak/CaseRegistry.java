package nl.werkpad.zaak;

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
   * @param organisation CBS code of the municipality whose zaaksysteem it is (bronorganisatie and
   *     verantwoordelijke organisatie)
   */
  Zaak open(String journeyNumber, String organisation, String bsn, String omschrijving, LocalDate startdatum);

  /** Sets the zaak's status for a milestone of the journey, unless it already has that status. */
  void setStatus(Zaak zaak, ZaakStatus status, String toelichting);

  /** Sets the resultaat and then the end status, which closes the zaak. Repeating it changes nothing. */
  void close(Zaak zaak, String resultaat, String toelichting);

  /**
   * A zaak as Werkpad refers to it.
   *
   * @param identificatie the zaak number case workers see and quote
   * @param url where the zaaksysteem holds it (ZGW resource URL; an internal reference in the embedded
   *     register)
   * @param organisation CBS code of the municipality whose zaak it is
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
