package nl.werkpad.journey;

/**
 * A journey start refused before anything was created. The message is Dutch, for the case worker,
 * and never contains the BSN. Deliberately not a ProcessEngineException: the REST API would turn that
 * into a 500 with an English prefix.
 */
public class JourneyStartRejectedException extends RuntimeException {

  public enum Reason {
    INVALID_INPUT(400),
    FORBIDDEN(403),
    ALREADY_ACTIVE(409);

    public final int httpStatus;

    Reason(int httpStatus) {
      this.httpStatus = httpStatus;
    }
  }

  private final Reason reason;

  public JourneyStartRejectedException(Reason reason, String dutchMessage) {
    super(dutchMessage);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
