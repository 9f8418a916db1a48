package nl.werkpad.security;

import nl.werkpad.support.OnPostgres;

/** The engine's guards on PostgreSQL, the production database. */
@OnPostgres
class EngineGuardPostgresIT extends EngineGuardTests {}
