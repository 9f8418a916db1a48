package nl.werkpad.security;

/** The engine's guards on the embedded default, H2. */
class EngineGuardH2Test extends EngineGuardTests {}
