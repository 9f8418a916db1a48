package nl.werkpad.person;

/**
 * The burgerservicenummer check (elfproef). A BSN is personal data: never put one in a log line,
 * URL or exception message.
 */
public final class Bsn {

  /** What a case worker reads when a BSN fails the check; it never repeats the number. */
  public static final String INVALID = "Het BSN is ongeldig: een BSN bestaat uit negen cijfers en voldoet aan de elfproef.";

  private Bsn() {}

  /** Nine digits, not all zeros, and 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11. */
  public static boolean isValid(String candidate) {
    if (candidate == null || !candidate.matches("\\d{9}") || candidate.equals("000000000")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (candidate.charAt(i) - '0');
    }
    sum -= candidate.charAt(8) - '0';
    return sum % 11 == 0;
  }
}
