package nl.werkpad.security;

import nl.werkpad.support.OnPostgres;

/** Bad input on PostgreSQL, the production database. */
@OnPostgres
class BadInputPostgresIT extends BadInputTests {}
