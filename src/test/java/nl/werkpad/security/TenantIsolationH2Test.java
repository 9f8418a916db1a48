package nl.werkpad.security;

/** Tenant isolation on the embedded default, H2. */
class TenantIsolationH2Test extends TenantIsolationTests {}
