package nl.werkpad.journey;

/**
 * Input refused before anything changed: a journey start, or a task completion whose answers do not
 * hold. The engine rolls the whole step back. The message is Dutch, for the case worker, and never
 * contains the BSN. Deliberately not a ProcessEngineException: the REST API would turn that into a 500
 * with an English prefix.
 */
public class RejectedInputException extends RuntimeException {

  public enum Reason {
    INVALID_INPUT(400),
    FORBIDDEN(403),
    ALREADY_ACTIVE(409),
    /** A message for a journey that does not wait for it (any more). */
    NOT_WAITING(409);

    public final int httpStatus;

    Reason(int httpStatus) {
      this.httpStatus = httpStatus;
    }
  }

  private final Reason reason;

  public RejectedInputException(Reason reason, String dutchMessage) {
    super(dutchMessage);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
