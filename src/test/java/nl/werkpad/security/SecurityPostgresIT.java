package nl.werkpad.security;

import nl.werkpad.support.OnPostgres;

/** The same security tests on PostgreSQL, the production database. */
@OnPostgres
class SecurityPostgresIT extends SecurityTests {}
