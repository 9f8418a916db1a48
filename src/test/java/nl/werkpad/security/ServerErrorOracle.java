package nl.werkpad.security;

import java.util.Optional;
import nl.werkpad.security.RestApiAttackClient.Answer;
import nl.werkpad.security.RestApiAttackFinding.Type;
import nl.werkpad.security.RestApiAttackGenerators.AttackRequest;
import nl.werkpad.security.RestApiAttackUsers.PathVariant;
import nl.werkpad.security.RestApiAttackUsers.User;

/**
 * No request, however malformed, gets a 5xx: bad input is the client's error (4xx) and names the
 * problem. A request that gets no answer at all within the time-out is a finding too.
 */
final class ServerErrorOracle {

  private ServerErrorOracle() {}

  static Optional<RestApiAttackFinding> check(AttackRequest request, User user, PathVariant variant, Answer answer) {
    if (answer.status() >= 500 || answer.status() == 0) {
      Type type = answer.status() == 0 ? Type.NO_ANSWER : Type.SERVER_ERROR;
      String message = RestApiAttackFinding.message(answer.body(), request.pathValues());
      return Optional.of(new RestApiAttackFinding(type, request.operation().name(), variant.label(), user.id(),
          answer.status(), answer.preview(200),
          type + " " + answer.status() + " " + message,
          RestApiAttackReport.describe(request, variant)));
    }
    return Optional.empty();
  }
}
