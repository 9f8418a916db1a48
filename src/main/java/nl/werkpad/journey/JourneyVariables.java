package nl.werkpad.journey;

/** Names of the process and variables the code relies on; the models use the same names. */
public final class JourneyVariables {

  private JourneyVariables() {}

  public static final String CLIENT_JOURNEY = "ClientJourney";

  public static final String BSN = "bsn";
  public static final String WOONGEMEENTE = "woongemeente";
  /** Why a journey ended: an outcome chosen by the klantmanager, or how it was stopped. */
  public static final String UITKOMST = "uitkomst";
}
