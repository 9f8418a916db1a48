package nl.werkpad.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One thing the attack found. {@code family} names its cause apart from the operation (the kind of
 * finding, the status and the answer's message with its ids, numbers and the request's own values taken
 * out), so one cause found on many operations is one family; {@link #cause()} is that family on this
 * operation. {@code example} is the request that showed it, enough to send it again.
 */
record RestApiAttackFinding(Type type, String operation, String variant, String user, int status, String detail,
    String family, String example) {

  enum Type { SERVER_ERROR, NO_ANSWER, LEAK, EXISTENCE, ESCALATION }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern NUMBER = Pattern.compile("(?<!ENGINE-)(?<!\\d)\\d+");
  private static final Pattern REPEATED = Pattern.compile("(.)\\1{19,}");
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");

  String cause() {
    return type == Type.ESCALATION ? family : operation + ": " + family;
  }

  @Override
  public String toString() {
    return "[" + type + "] " + operation + " (" + variant + ", " + user + ") " + (status > 0 ? status + " " : "")
        + detail + "\n      e.g. " + example;
  }

  /**
   * The message of an error answer without what changes from request to request (ids, numbers, quoted
   * values), so one cause is one group: {@code ProcessEngineException: ENGINE-<n> ...}.
   */
  static String message(String body) {
    return message(body, List.of());
  }

  /** As {@link #message(String)}, with the values the request put in its path taken out as well. */
  static String message(String body, List<String> requestValues) {
    String text = body == null ? "" : body;
    try {
      JsonNode json = JSON.readTree(text);
      if (json != null && json.isObject() && json.has("message")) {
        text = json.path("type").asText("") + ": " + json.path("message").asText("");
      }
    } catch (Exception notJson) {
      // Tomcat's or Jersey's own pages are no JSON: their text is the message.
      text = text.replaceAll("<[^>]+>", " ");
    }
    for (String value : requestValues) {
      if (value.length() >= 3) {
        text = text.replace(value, "<value>");
      }
    }
    text = REPEATED.matcher(text).replaceAll("<long>");
    text = UUID.matcher(text).replaceAll("<id>");
    text = QUOTED.matcher(text).replaceAll("'…'");
    text = NUMBER.matcher(text).replaceAll("<n>");
    text = text.replaceAll("\\s+", " ").trim();
    return text.length() <= 160 ? text : text.substring(0, 160) + "…";
  }
}
