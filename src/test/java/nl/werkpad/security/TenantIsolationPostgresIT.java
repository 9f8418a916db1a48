package nl.werkpad.security;

import nl.werkpad.support.OnPostgres;

/** Tenant isolation on PostgreSQL, the production database. */
@OnPostgres
class TenantIsolationPostgresIT extends TenantIsolationTests {}
