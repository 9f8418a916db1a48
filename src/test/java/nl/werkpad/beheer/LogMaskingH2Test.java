package nl.werkpad.beheer;

/** No BSN in the log output on the embedded default, H2. */
class LogMaskingH2Test extends LogMaskingTests {}
