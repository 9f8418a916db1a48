package nl.werkpad.wsw;

/** The Wsw dienstverband on the embedded default database. */
class WswH2Test extends WswTests {}
