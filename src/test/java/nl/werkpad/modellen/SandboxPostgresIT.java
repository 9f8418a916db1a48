package nl.werkpad.modellen;

import nl.werkpad.support.OnPostgres;

/** The sandbox tests on PostgreSQL, the production database. */
@OnPostgres
class SandboxPostgresIT extends SandboxTests {}
