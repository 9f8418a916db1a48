package nl.werkpad.journey;

/**
 * A journey was registered for a person at its start (an aanmelding, a self-requested UWV advice, a
 * take-over, a Wsw dienstverband), in the transaction that starts it.
 *
 * @param overname whether a caseload take-over started it
 */
public record JourneyRegistered(Journey journey, boolean overname) {}
