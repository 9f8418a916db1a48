package nl.werkpad.zaak;

/** Field limits of the ZGW Zaken API, kept by both registers so a zaak looks the same in either. */
final class ZaakFields {

  /** Zaak.omschrijving. */
  static final int OMSCHRIJVING = 80;

  /** Status.statustoelichting, Resultaat.toelichting, Rol.roltoelichting. */
  static final int TOELICHTING = 1000;

  private ZaakFields() {}

  static String truncate(String value, int max) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
  }
}
