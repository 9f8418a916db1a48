package nl.werkpad.beheer;

/** Werkpad's database settings on the embedded H2 database. */
class DatabaseSettingsH2Test extends DatabaseSettingsTests {}
