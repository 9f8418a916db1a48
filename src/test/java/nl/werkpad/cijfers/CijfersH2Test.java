package nl.werkpad.cijfers;

/** The figures on the embedded default database. */
class CijfersH2Test extends CijfersTests {}
