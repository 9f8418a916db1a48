package nl.werkpad.journey;

/** Names of the process and variables the code relies on; the models use the same names. */
public final class JourneyVariables {

  private JourneyVariables() {}

  public static final String CLIENT_JOURNEY = "ClientJourney";
  /** The process of an existing Wsw employee's dienstverband: a journey without intake. */
  public static final String WSW_DIENSTVERBAND = "WswDienstverband";
  /** What follows a cancelled journey: the closing of its zaken in an external zaaksysteem. */
  public static final String JOURNEY_CANCELLATION = "JourneyCancellation";

  public static final String BSN = "bsn";
  public static final String WOONGEMEENTE = "woongemeente";
  /** Why a journey ended: an outcome chosen by the klantmanager, or how it was stopped. */
  public static final String UITKOMST = "uitkomst";
  /** The uitkomst of a journey that ended before its closing (cancelled, deleted), and its zaken's resultaat. */
  public static final String GEANNULEERD = "GEANNULEERD";
  /** The route the client follows, one of {@link #ROUTES}; the dienst the uitvoerder is chosen for. */
  public static final String ROUTE = "route";
  public static final String BESCHUT_WERK = "BESCHUT_WERK";
  public static final java.util.Set<String> ROUTES = java.util.Set.of("REGULIER_WERK", "DETACHERING",
      "LEERWERKTRAJECT", BESCHUT_WERK, "DAGBESTEDING", "MAATSCHAPPELIJKE_PARTICIPATIE", "WSW");
}
