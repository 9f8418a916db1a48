package nl.werkpad.intake;

/** The intake on the embedded default database. */
class IntakeH2Test extends IntakeTests {}
