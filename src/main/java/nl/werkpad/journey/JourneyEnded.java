package nl.werkpad.journey;

/**
 * A journey ended, however it ended (its outcome recorded, handed over, cancelled in Cockpit). Published
 * in the transaction that ends it, so a listener's changes commit or roll back with it.
 *
 * @param uitkomst the recorded outcome, GEANNULEERD when cancelled, or null when none was recorded
 */
public record JourneyEnded(Long journeyId, String woongemeente, String uitkomst) {}
