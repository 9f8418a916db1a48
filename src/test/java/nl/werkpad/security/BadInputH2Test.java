package nl.werkpad.security;

/** Bad input on the embedded default, H2. */
class BadInputH2Test extends BadInputTests {}
