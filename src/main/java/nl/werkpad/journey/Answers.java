package nl.werkpad.intake;

import static nl.werkpad.journey.RejectedInputException.Reason.INVALID_INPUT;

import java.util.Set;
import nl.werkpad.journey.RejectedInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Checks a task's answers as the form means them, also when they come over REST without the form:
 * Tasklist sends form values untyped (a select's "3" is a String), so numbers are read leniently and
 * stored typed. A wrong answer refuses the completion with a Dutch message; nothing is lost.
 */
final class Answers {

  private final VariableScope scope;

  Answers(VariableScope scope) {
    this.scope = scope;
  }

  String text(String key) {
    Object value = scope.getVariable(key);
    return value == null ? null : value.toString().trim();
  }

  String requiredText(String key, String whatIsMissing) {
    String value = text(key);
    if (value == null || value.isEmpty()) {
      throw refused("Vul " + whatIsMissing + " in.");
    }
    return value;
  }

  String oneOf(String key, Set<String> allowed, String what) {
    String value = text(key);
    if (value == null || !allowed.contains(value)) {
      throw refused("Kies " + what + ".");
    }
    return value;
  }

  /** A whole number within bounds, or null when absent and optional; stored back as an Integer. */
  Integer number(String key, int min, int max, boolean required, String what) {
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
  boolean yes(String key) {
    Object value = scope.getVariable(key);
    boolean yes = value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString().trim());
    scope.setVariable(key, yes);
    return yes;
  }

  static RejectedInputException refused(String dutchMessage) {
    return new RejectedInputException(INVALID_INPUT, dutchMessage);
  }
}
