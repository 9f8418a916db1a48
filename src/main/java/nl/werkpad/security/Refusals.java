package nl.werkpad.security;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkpad.journey.RejectedInputException;
import nl.werkpad.kernel.BsnMasking;
import nl.werkpad.modellen.ModelNotAllowedException;
import nl.werkpad.person.PersonRegistryUnavailableException;
import nl.werkpad.zaak.CaseRegistryUnavailableException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.WrongDbException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.camunda.bpm.model.xml.ModelException;

/**
 * What a client is told when the engine or Werkpad refuses a request, decided from what was thrown,
 * never from the URL: every REST path and the webapps' API answer alike ({@link RestAnswers}).
 * <ul>
 *   <li>an object the user may not see (another municipality's, an unreferred client's) answers exactly
 *       like one that does not exist: 404, naming nothing;</li>
 *   <li>input that does not hold: 400 with the reason, in Dutch for case workers (Werkpad's refusals),
 *       Camunda's precise text for integrators (without a BSN);</li>
 *   <li>a permission the user lacks: 403; a change that crossed another: 409; a backend that is down:
 *       503.</li>
 * </ul>
 * What it does not recognise keeps the engine's own answer.
 */
public final class Refusals {

  /** An answer to a refused request: HTTP status, Camunda's exception type, and the message. */
  public record Answer(int status, String type, String reason, String message) {}

  public static final String NOT_FOUND = "Niet gevonden: dit bestaat niet, of hoort bij een klant die je niet mag zien.";
  private static final Answer NOT_VISIBLE = new Answer(404, "NotFound", null, NOT_FOUND);
  /** Resources that are one client's: lacking a permission on one of them says nothing about whether it exists. */
  private static final Set<String> CLIENT_RESOURCES = Set.of(Resources.PROCESS_INSTANCE.resourceName(),
      Resources.TASK.resourceName(), Resources.HISTORIC_TASK.resourceName(),
      Resources.HISTORIC_PROCESS_INSTANCE.resourceName());
  private static final Pattern UNRESOLVED = Pattern.compile("Cannot resolve identifier '(\\w+)'");
  private static final Pattern MISSING_OBJECT = Pattern.compile(
      "(?i)(cannot find|can't find|could not find|does not exist|doesn't exist|no matching|not found|\\bno\\b[\\w ]* found)");

  private Refusals() {}

  public static Answer notVisible() {
    return NOT_VISIBLE;
  }

  /** The answer for what was thrown, or empty when the engine's own answer stands. */
  public static Optional<Answer> answerFor(Throwable thrown) {
    RejectedInputException refusal = find(thrown, RejectedInputException.class);
    if (refusal != null) {
      return Optional.of(new Answer(refusal.reason().httpStatus, "RejectedInput", refusal.reason().name(), refusal.getMessage()));
    }
    AuthorizationException unauthorized = find(thrown, AuthorizationException.class);
    if (unauthorized != null) {
      return Optional.of(aboutAClient(unauthorized) ? NOT_VISIBLE
          : new Answer(403, "AuthorizationException", null, "Je hebt geen toestemming om dit te doen."));
    }
    if (otherTenant(thrown)) {
      return Optional.of(NOT_VISIBLE);
    }
    ModelNotAllowedException model = find(thrown, ModelNotAllowedException.class);
    if (model != null) {
      return Optional.of(new Answer(403, "ModelNotAllowed", null, model.getMessage()));
    }
    if (find(thrown, TaskAlreadyClaimedException.class) != null) {
      return Optional.of(new Answer(409, "TaskAlreadyClaimedException", null,
          "Iemand anders heeft deze taak al opgepakt. Laad de lijst opnieuw."));
    }
    if (find(thrown, OptimisticLockingException.class) != null) {
      return Optional.of(new Answer(409, "OptimisticLockingException", null,
          "Iemand anders heeft dit tegelijk gewijzigd. Laad de gegevens opnieuw en probeer het nog eens."));
    }
    RuntimeException backend = find(thrown, CaseRegistryUnavailableException.class);
    if (backend == null) {
      backend = find(thrown, PersonRegistryUnavailableException.class);
    }
    if (backend != null) {
      return Optional.of(new Answer(503, "BackendUnavailable", null, "Er is nu niets gewijzigd: " + backend.getMessage()));
    }
    if (missingObject(thrown)) {
      return Optional.of(NOT_VISIBLE);
    }
    String missingAnswer = missingAnswer(thrown);
    if (missingAnswer != null) {
      return Optional.of(new Answer(400, "RejectedInput", "INVALID_INPUT", "Het antwoord '" + missingAnswer
          + "' ontbreekt: vul het in en probeer het opnieuw. Er is niets gewijzigd."));
    }
    String badInput = badInput(thrown);
    if (badInput != null) {
      return Optional.of(new Answer(400, "InvalidRequestException", null, "Het verzoek klopt niet: " + mask(badInput)));
    }
    return unhandledInput(thrown).map(detail ->
        new Answer(400, "InvalidRequestException", null, "Het verzoek klopt niet: " + mask(detail)));
  }

  /**
   * Input the engine or its REST layer does not check but fails on, with a 5xx, although nothing went
   * wrong on the server: a required field left out (a NullPointerException in Camunda's code), a value
   * the database refuses (too long, a combination of conditions its SQL cannot express), a malformed
   * value, or a refusal the engine raises as a plain ProcessEngineException of its own ("tenant has an
   * invalid id", "no subscriptions were found").
   */
  private static Optional<String> unhandledInput(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("42"))) {
        return Optional.of(sql.getSQLState().startsWith("22") ? "een waarde past niet (te lang of van het verkeerde soort)."
            : "deze combinatie van voorwaarden kan niet worden uitgevoerd.");
      }
    }
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof NullPointerException && thrownByCamunda(root)) {
      return Optional.of("een verplicht gegeven ontbreekt.");
    }
    if ((root instanceof IllegalArgumentException || root instanceof IndexOutOfBoundsException
        || root instanceof ClassCastException || root instanceof DateTimeException) && thrownByCamunda(root)) {
      return Optional.of("een waarde heeft niet de goede vorm.");
    }
    ModelException model = find(thrown, ModelException.class);
    if (model != null) {
      return Optional.of("het model is geen geldig BPMN- of DMN-bestand (" + model.getMessage() + ").");
    }
    ProcessEngineException refusal = find(thrown, ProcessEngineException.class);
    if (refusal != null && !serverSide(thrown)) {
      // The engine's own refusal of a request that cannot be carried out: a required value missing, a state
      // that does not allow it. A failure of Werkpad's code, the database or the Java runtime stays a 5xx.
      return Optional.ofNullable(refusal.getMessage());
    }
    return Optional.empty();
  }

  private static boolean serverSide(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProcessEnginePersistenceException || cause instanceof WrongDbException
          || cause instanceof SQLException || cause instanceof java.io.IOException || cause instanceof Error
          || !thrownByCamunda(cause) && !(cause instanceof RestException)) {
        return true;
      }
    }
    return false;
  }

  /** Thrown in the engine, its REST layer or JAX-RS, not in Werkpad's own code (whose failures stay 5xx). */
  private static boolean thrownByCamunda(Throwable thrown) {
    StackTraceElement[] trace = thrown.getStackTrace();
    for (StackTraceElement frame : trace) {
      String type = frame.getClassName();
      if (type.startsWith("nl.werkpad.")) {
        return false;
      }
      if (type.startsWith("org.camunda.") || type.startsWith("org.glassfish.jersey.") || type.startsWith("com.fasterxml.")) {
        return true;
      }
    }
    return false;
  }

  /** A text that may go to a client or a log: no BSN in it. */
  public static String mask(String text) {
    return BsnMasking.mask(text);
  }

  private static boolean aboutAClient(AuthorizationException e) {
    return e.getMissingAuthorizations().stream().anyMatch(Refusals::aboutAClient);
  }

  private static boolean aboutAClient(MissingAuthorization missing) {
    return CLIENT_RESOURCES.contains(missing.getResourceType())
        && missing.getResourceId() != null && !missing.getResourceId().equals("*");
  }

  /** The engine's tenant check (ENGINE-13034): the object exists, in a municipality the user does not belong to. */
  private static boolean otherTenant(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProcessEngineException && cause.getMessage() != null
          && cause.getMessage().contains("belongs to no authenticated tenant")) {
        return true;
      }
    }
    return false;
  }

  /** A request for an object by an id that leads nowhere, in any of the ways Camunda says so. */
  private static boolean missingObject(Throwable thrown) {
    if (find(thrown, NotFoundException.class) != null) {
      return true;
    }
    NullValueException nothing = find(thrown, NullValueException.class);
    if (nothing != null && nothing.getMessage() != null && MISSING_OBJECT.matcher(nothing.getMessage()).find()) {
      return true;
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidRequestException invalid && invalid.getStatus() != null
          && invalid.getStatus().getStatusCode() == 404) {
        return true;
      }
    }
    return false;
  }

  /**
   * A step that needs an answer the request did not give: an expression of the model (a gateway's
   * condition after a task, say) names a variable that is not there. In a request that is the input's
   * fault, and the step is rolled back; in a job it would be an incident.
   */
  private static String missingAnswer(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof PropertyNotFoundException && cause.getMessage() != null) {
        Matcher identifier = UNRESOLVED.matcher(cause.getMessage());
        if (identifier.find()) {
          return identifier.group(1);
        }
      }
    }
    return null;
  }

  /** Camunda's own refusal of input: its text is precise, for integrators. */
  private static String badInput(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException
          || cause instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getStatusCode() == 400) {
        return cause.getMessage();
      }
    }
    return null;
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
