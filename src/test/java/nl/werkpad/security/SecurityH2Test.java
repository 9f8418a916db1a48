package nl.werkpad.security;

/** Security on the embedded default database. */
class SecurityH2Test extends SecurityTests {}
