package nl.werkpad.journey;

import static nl.werkpad.journey.RejectedInputException.Reason.INVALID_INPUT;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Checks a task's answers as the form means them, also when they come over REST without the form:
 * Tasklist sends form values untyped (a select's "3" is a String), so numbers are read leniently and
 * stored typed. A wrong answer refuses the completion with a Dutch message; nothing is lost.
 */
public final class Answers {

  private final VariableScope scope;

  public Answers(VariableScope scope) {
    this.scope = scope;
  }

  public String text(String key) {
    Object value = scope.getVariable(key);
    return value == null ? null : value.toString().trim();
  }

  public String requiredText(String key, String whatIsMissing) {
    String value = text(key);
    if (value == null || value.isEmpty()) {
      throw refused("Vul " + whatIsMissing + " in.");
    }
    return value;
  }

  public String oneOf(String key, Set<String> allowed, String what) {
    String value = text(key);
    if (value == null || !allowed.contains(value)) {
      throw refused("Kies " + what + ".");
    }
    return value;
  }

  /** A whole number within bounds, or null when absent and optional; stored back as an Integer. */
  public Integer number(String key, int min, int max, boolean required, String what) {
    Object value = scope.getVariable(key);
    Integer number = null;
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      number = n.intValue();
    } else if (value instanceof String s && s.trim().matches("-?\\d{1,9}")) {
      number = Integer.valueOf(s.trim());
    } else if (value != null && !(value instanceof String s && s.isBlank())) {
      throw refused(what + " moet een heel getal van " + min + " tot en met " + max + " zijn.");
    }
    if (number == null && required) {
      throw refused("Vul " + what.toLowerCase() + " in.");
    }
    if (number != null && (number < min || number > max)) {
      throw refused(what + " moet een heel getal van " + min + " tot en met " + max + " zijn.");
    }
    scope.setVariable(key, number);
    return number;
  }

  /** A yes/no answer; an unticked checkbox or a missing answer is no. Stored back as a Boolean. */
  public boolean yes(String key) {
    Object value = scope.getVariable(key);
    boolean yes = value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString().trim());
    scope.setVariable(key, yes);
    return yes;
  }

  /**
   * A date as form-js sends it (2026-11-25), not after today; stored back as that text. Null when
   * absent and optional.
   */
  public LocalDate date(String key, boolean required, LocalDate today, String what) {
    LocalDate date = date(key, required, what, today);
    if (date != null && date.isAfter(today)) {
      throw refused(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " ligt in de toekomst.");
    }
    return date;
  }

  /** A date that may lie ahead, up to {@code latest} (a start that is planned). */
  public LocalDate dateUntil(String key, boolean required, LocalDate latest, String what) {
    LocalDate date = date(key, required, what, latest);
    if (date != null && date.isAfter(latest)) {
      throw refused(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " ligt te ver vooruit: uiterlijk " + latest + ".");
    }
    return date;
  }

  private LocalDate date(String key, boolean required, String what, LocalDate example) {
    String value = text(key);
    if (value == null || value.isEmpty()) {
      if (required) {
        throw refused("Vul " + what + " in.");
      }
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw refused("Vul " + what + " in als datum, bijvoorbeeld " + example + ".");
    }
    scope.setVariable(key, date.toString());
    return date;
  }

  public static RejectedInputException refused(String dutchMessage) {
    return new RejectedInputException(INVALID_INPUT, dutchMessage);
  }
}
