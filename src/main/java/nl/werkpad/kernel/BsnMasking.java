package nl.werkpad.kernel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule by which Werkpad hides what could be a BSN: every run of exactly nine digits (not part of
 * a longer digit run) becomes {@value #MASK}, also next to letters or punctuation. A BSN has no other
 * shape that text could show, so the rule cannot tell it from another nine-digit number (an RSIN, for
 * one); it masks those too. What stays readable: longer and shorter digit runs (journey and zaak numbers,
 * OINs, epoch timestamps), UUIDs (Camunda's ids) whatever digits they hold, and the nine-digit fraction
 * of a time of day ({@code 12:30:05.123456789}).
 *
 * <p>Used by the log output itself ({@code logback-spring.xml}: messages and stack traces of every
 * logger) and by the texts Werkpad builds from what a backend answered.
 */
public final class BsnMasking {

  public static final String MASK = "*********";

  /**
   * Alternatives, the first that matches at a position wins: a UUID and a time's fraction are kept as
   * they are (groups without a name), a nine-digit run alone is the group {@code nine}.
   */
  private static final Pattern TOKENS = Pattern.compile(
      "(?<![0-9A-Za-z])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z])"
          + "|(?<!\\d)\\d{2}:\\d{2}:\\d{2}[.,]\\d+"
          + "|(?<!\\d)(?<nine>\\d{9})(?!\\d)");

  private BsnMasking() {}

  /** The text with every nine-digit number alone as {@value #MASK}; null stays null. */
  public static String mask(String text) {
    return mask(text, MASK);
  }

  /** The text with every nine-digit number alone replaced by {@code replacement}; null stays null. */
  public static String mask(String text, String replacement) {
    if (text == null || !hasNineDigitRun(text)) {
      return text;
    }
    Matcher matcher = TOKENS.matcher(text);
    StringBuilder masked = new StringBuilder(text.length());
    int last = 0;
    while (matcher.find()) {
      if (matcher.start("nine") >= 0) {
        masked.append(text, last, matcher.start()).append(replacement);
        last = matcher.end();
      }
    }
    return last == 0 ? text : masked.append(text, last, text.length()).toString();
  }

  /** Cheap pre-check, so that the lines without any nine-digit run (nearly all) cost one pass and no copy. */
  private static boolean hasNineDigitRun(String text) {
    int run = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        run++;
      } else {
        if (run == 9) {
          return true;
        }
        run = 0;
      }
    }
    return run == 9;
  }
}
