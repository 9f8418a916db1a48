package nl.werkpad.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkpad.security.RestApiAttackClient.Answer;
import nl.werkpad.security.RestApiAttackData.Ref;
import nl.werkpad.security.RestApiAttackFinding.Type;
import nl.werkpad.security.RestApiAttackGenerators.AttackRequest;
import nl.werkpad.security.RestApiAttackUsers.PathVariant;
import nl.werkpad.security.RestApiAttackUsers.User;

/**
 * A user never learns of a journey they may not know: no answer to them holds an id, business key or
 * BSN of such a journey (collected by the set-up, so nothing here is a guess) unless their own request
 * held it first (an echo tells nothing new), and by id another tenant's object answers exactly like an
 * object that does not exist: the same status and the same body, the id aside.
 */
final class LeakOracle {

  /** What the set-up's values look like: UUIDs, journey numbers, nine-digit BSNs. */
  private static final Pattern TOKEN = Pattern.compile(
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?:KR|WSW)-\\d{4}-\\d{6,}|(?<!\\d)\\d{9}(?!\\d)");

  private final Map<String, Ref> secrets;

  LeakOracle(Map<String, Ref> secrets) {
    this.secrets = secrets;
  }

  /** The values of journeys the user may not know that the answer reveals. */
  Optional<RestApiAttackFinding> reveals(AttackRequest request, User user, PathVariant variant, Answer answer) {
    if (user.admin() || answer.body() == null || answer.body().isEmpty()) {
      return Optional.empty();
    }
    Set<String> revealed = new TreeSet<>();
    Set<String> kinds = new TreeSet<>();
    String asked = null;
    Matcher tokens = TOKEN.matcher(answer.body());
    while (tokens.find()) {
      Ref ref = secrets.get(tokens.group());
      if (ref == null || user.mayKnow(ref)) {
        continue;
      }
      asked = asked == null ? request.text() : asked;
      if (!asked.contains(tokens.group())) {
        kinds.add(ref.kind().name());
        revealed.add(ref.kind() + " " + tokens.group() + " of " + owner(ref));
      }
    }
    if (revealed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RestApiAttackFinding(Type.LEAK, request.operation().name(), variant.label(), user.id(),
        answer.status(), "reveals " + String.join(", ", revealed) + "; answer: " + answer.preview(200),
        "LEAK reveals " + String.join("+", kinds) + " of clients " + user.kind() + " may not know",
        RestApiAttackReport.describe(request, variant)));
  }

  /** The answer for another tenant's object against the answer for an id nobody has. */
  Optional<RestApiAttackFinding> compare(AttackRequest request, Ref foreign, User user, PathVariant variant,
      Answer known, String nonexistent, Answer unknown) {
    String knownBody = String.valueOf(known.body()).replace(foreign.value(), "{id}");
    String unknownBody = String.valueOf(unknown.body()).replace(nonexistent, "{id}");
    if (known.status() == unknown.status() && knownBody.equals(unknownBody)) {
      return Optional.empty();
    }
    String how = known.status() != unknown.status() ? known.status() + " vs " + unknown.status()
        : "same status " + known.status() + ", other body";
    return Optional.of(new RestApiAttackFinding(Type.EXISTENCE, request.operation().name(), variant.label(), user.id(),
        known.status(), foreign.kind() + " of " + owner(foreign) + " answers " + known.status() + " "
            + RestApiAttackFinding.message(known.body(), request.pathValues()) + " | a nonexistent id answers " + unknown.status() + " "
            + RestApiAttackFinding.message(unknown.body(), request.pathValues()),
        "EXISTENCE another client's " + foreign.kind() + " by id: " + how + " ("
            + RestApiAttackFinding.message(known.body(), request.pathValues()) + " | " + RestApiAttackFinding.message(unknown.body(), request.pathValues()) + ")",
        RestApiAttackReport.describe(request, variant)));
  }

  private static String owner(Ref ref) {
    return ref.journey() != null ? "journey '" + ref.journey().name() + "' (" + ref.tenant() + ")" : "tenant " + ref.tenant();
  }
}
