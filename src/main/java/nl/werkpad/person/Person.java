package nl.werkpad.person;

import java.time.LocalDate;
import java.time.Period;

/**
 * What Werkpad needs of a registered person.
 *
 * @param voorvoegsel e.g. "de" in "de Vries"; null when none
 * @param geboortedatum null when the registry does not know it completely
 * @param adres null when the registry gives no address
 * @param gemeenteVanInschrijving CBS code of the municipality where the person is registered
 * @param geheimhouding the person asked that their data are not given to third parties
 *     (geheimhoudingPersoonsgegevens): case workers may use them, but must not pass them on
 */
public record Person(
    String bsn,
    String voornamen,
    String voorvoegsel,
    String geslachtsnaam,
    LocalDate geboortedatum,
    Adres adres,
    String gemeenteVanInschrijving,
    boolean geheimhouding) {

  /** Name as case workers write it: "Jan de Vries". */
  public String naam() {
    StringBuilder naam = new StringBuilder();
    if (voornamen != null && !voornamen.isBlank()) {
      naam.append(voornamen.trim()).append(' ');
    }
    if (voorvoegsel != null && !voorvoegsel.isBlank()) {
      naam.append(voorvoegsel.trim()).append(' ');
    }
    return naam.append(geslachtsnaam == null ? "" : geslachtsnaam.trim()).toString().trim();
  }

  /** Age in whole years on a date, or null when the birth date is unknown. */
  public Integer leeftijdOp(LocalDate datum) {
    return geboortedatum == null ? null : Period.between(geboortedatum, datum).getYears();
  }

  /**
   * @param huisnummer house number with letter and addition, as written: "12a", "7-2"
   */
  public record Adres(String straat, String huisnummer, String postcode, String woonplaats) {

    /** One line: "Markt 1, 2801 JG Gouda"; parts the registry did not give are left out. */
    public String regel() {
      String street = join(straat, huisnummer);
      String town = join(postcode, woonplaats);
      return street.isEmpty() || town.isEmpty() ? street + town : street + ", " + town;
    }

    private static String join(String first, String second) {
      return java.util.stream.Stream.of(first, second)
          .filter(part -> part != null && !part.isBlank())
          .map(String::trim)
          .collect(java.util.stream.Collectors.joining(" "));
    }
  }
}
