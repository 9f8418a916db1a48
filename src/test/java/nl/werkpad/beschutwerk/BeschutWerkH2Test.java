package nl.werkpad.beschutwerk;

/** Beschut werk on the embedded default database. */
class BeschutWerkH2Test extends BeschutWerkTests {}
