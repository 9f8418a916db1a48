package nl.werkpad.journey;

/** The journey on the embedded default database. */
class ClientJourneyH2Test extends ClientJourneyTests {}
