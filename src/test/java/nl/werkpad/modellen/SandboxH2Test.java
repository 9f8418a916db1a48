package nl.werkpad.modellen;

/** The sandbox tests on the embedded default, H2. */
class SandboxH2Test extends SandboxTests {}
