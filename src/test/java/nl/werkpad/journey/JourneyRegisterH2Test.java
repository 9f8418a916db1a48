package nl.werkpad.journey;

/** The journey register against the engine on the embedded default, H2. */
class JourneyRegisterH2Test extends JourneyRegisterTests {}
