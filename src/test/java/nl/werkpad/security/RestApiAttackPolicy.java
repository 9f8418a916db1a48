package nl.werkpad.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.werkpad.security.RestApiAttackData.Kind;
import nl.werkpad.security.RestApiAttackData.Ref;
import nl.werkpad.security.RestApiAttackUsers.Role;
import nl.werkpad.security.RestApiAttackUsers.User;
import nl.werkpad.security.RestApiSpec.Operation;

/**
 * Which operation runs as whom. The attack shares its application context with every other unit test
 * of the JVM, so it may not destroy what they rely on: the demo identities and their authorizations,
 * Werkpad's deployed models, the engine's settings. Such operations run only as users who must be
 * refused; a success is itself a finding (an escalation, see {@link EscalationOracle}).
 */
final class RestApiAttackPolicy {

  /** How an operation is attacked. */
  enum Rule {
    /** Every user. */
    ALL,
    /** Every user but the administrator, whose request would be carried out and break the shared context. */
    NOT_ADMIN,
    /** Only users who may not deploy: a designer's or administrator's redeploy re-versions Werkpad's models. */
    NOT_DEPLOYER,
    /** Nobody: see the reason. */
    SKIP
  }

  record Decision(Rule rule, String reason) {}

  private static final String IDENTITY = "changes the demo identities or their authorizations, on which every other test relies";
  private static final String MODELS = "deletes, suspends or changes Werkpad's deployed models, which every other test runs";
  private static final String ENGINE = "changes an engine-wide setting or schedules engine-wide work";
  private static final String FILTERS = "changes or removes Tasklist's filters, which other tests use";

  private static final Map<String, Decision> DECISIONS = new LinkedHashMap<>();

  static {
    skip("PUT /user/{id}/credentials", "checks the caller's password first: a wrong one delays the demo user's logins and "
        + "after ten attempts locks the account for good");
    skip("POST /identity/verify", "checks a password: a wrong one delays that demo user's logins and after ten attempts "
        + "locks the account for good");
    for (String identity : new String[] {"POST /authorization/create", "PUT /authorization/{id}", "DELETE /authorization/{id}",
        "POST /group/create", "PUT /group/{id}", "DELETE /group/{id}", "PUT /group/{id}/members/{userId}",
        "DELETE /group/{id}/members/{userId}", "POST /tenant/create", "PUT /tenant/{id}", "DELETE /tenant/{id}",
        "PUT /tenant/{id}/group-members/{groupId}", "DELETE /tenant/{id}/group-members/{groupId}",
        "PUT /tenant/{id}/user-members/{userId}", "DELETE /tenant/{id}/user-members/{userId}", "POST /user/create",
        "DELETE /user/{id}", "PUT /user/{id}/profile"}) {
      notAdmin(identity, IDENTITY);
    }
    for (String models : new String[] {"DELETE /deployment/{id}", "DELETE /process-definition/{id}",
        "DELETE /process-definition/key/{key}", "DELETE /process-definition/key/{key}/tenant-id/{tenant-id}",
        "PUT /process-definition/suspended", "PUT /process-definition/{id}/suspended",
        "PUT /process-definition/key/{key}/suspended", "PUT /process-definition/key/{key}/tenant-id/{tenant-id}/suspended",
        "PUT /process-definition/{id}/history-time-to-live", "PUT /process-definition/key/{key}/history-time-to-live",
        "PUT /process-definition/key/{key}/tenant-id/{tenant-id}/history-time-to-live",
        "PUT /decision-definition/{id}/history-time-to-live", "PUT /decision-definition/key/{key}/history-time-to-live",
        "PUT /decision-definition/key/{key}/tenant-id/{tenant-id}/history-time-to-live",
        "PUT /job-definition/suspended", "PUT /job-definition/{id}/suspended", "PUT /job-definition/{id}/retries",
        "PUT /job-definition/{id}/jobPriority"}) {
      notAdmin(models, MODELS);
    }
    DECISIONS.put("POST /deployment/{id}/redeploy", new Decision(Rule.NOT_DEPLOYER, MODELS));
    for (String engine : new String[] {"POST /telemetry/configuration", "POST /history/cleanup", "DELETE /metrics/task-worker"}) {
      notAdmin(engine, ENGINE);
    }
    for (String filter : new String[] {"POST /filter/create", "PUT /filter/{id}", "DELETE /filter/{id}"}) {
      notAdmin(filter, FILTERS);
    }
  }

  /** Operations on one's own user that a user may carry out (Camunda grants every user ALL on themselves). */
  private static final Set<String> NOT_ON_ONESELF = Set.of("DELETE /user/{id}", "PUT /user/{id}/profile");

  private RestApiAttackPolicy() {}

  private static void skip(String operation, String reason) {
    DECISIONS.put(operation, new Decision(Rule.SKIP, reason));
  }

  private static void notAdmin(String operation, String reason) {
    DECISIONS.put(operation, new Decision(Rule.NOT_ADMIN, reason));
  }

  static Decision decision(Operation operation) {
    return DECISIONS.getOrDefault(operation.name(), new Decision(Rule.ALL, null));
  }

  static Map<String, Decision> restricted() {
    return DECISIONS;
  }

  /** Does this user attack this operation? */
  static boolean attacks(Operation operation, User user) {
    return switch (decision(operation).rule()) {
      case ALL -> true;
      case NOT_ADMIN -> !user.admin();
      case NOT_DEPLOYER -> !user.admin() && user.role() != Role.ONTWERPER;
      case SKIP -> false;
    };
  }

  /** May this path value be sent by this user to this operation? Never one's own user id where that deletes it. */
  static boolean allowed(Operation operation, User user, Ref ref) {
    return !(NOT_ON_ONESELF.contains(operation.name()) && ref.kind() == Kind.USER && ref.value().equals(user.id()));
  }
}
