package nl.werkpad.journey;

/**
 * A journey ended, however it ended (its outcome recorded, handed over, cancelled in Cockpit). Published
 * in the transaction that ends it, so a listener's changes commit or roll back with it.
 *
 * @param uitkomst the recorded outcome, GEANNULEERD when cancelled, or null when none was recorded
 * @param cancelled whether it ended before its closing (cancelled, deleted): what the closing would have
 *     done, such as closing the zaken, is then for the listeners
 */
public record JourneyEnded(Long journeyId, String journeyNumber, String woongemeente, String uitkomst,
    boolean cancelled) {}
