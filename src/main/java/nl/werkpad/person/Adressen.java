package nl.werkpad.person;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How both registries write the parts of a Dutch address. */
final class Adressen {

  private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");

  private Adressen() {}

  /** "2801JG" and "2801 jg" become "2801 JG"; anything else stays as it is (null when blank). */
  static String postcode(String postcode) {
    if (postcode == null || postcode.isBlank()) {
      return null;
    }
    Matcher m = POSTCODE.matcher(postcode.trim());
    return m.matches() ? m.group(1) + " " + m.group(2).toUpperCase(Locale.ROOT) : postcode.trim();
  }

  static boolean isPostcode(String postcode) {
    return postcode != null && POSTCODE.matcher(postcode.trim()).matches();
  }

  /** Number, letter and addition as written on a door: 12, 12a, 7-2, 12a-bis. Null without a number. */
  static String huisnummer(String nummer, String letter, String toevoeging) {
    if (nummer == null || nummer.isBlank()) {
      return null;
    }
    StringBuilder huisnummer = new StringBuilder(nummer.trim());
    if (letter != null && !letter.isBlank()) {
      huisnummer.append(letter.trim());
    }
    if (toevoeging != null && !toevoeging.isBlank()) {
      huisnummer.append('-').append(toevoeging.trim());
    }
    return huisnummer.toString();
  }
}
