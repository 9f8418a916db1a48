package nl.werkpad.overname;

/** The caseload take-over on the embedded default database. */
class OvernameH2Test extends OvernameTests {}
