package nl.werkpad.zaak;

import nl.werkpad.support.OnPostgres;

/**
 * The embedded zaaksysteem on PostgreSQL, the production database: same migration, same behaviour.
 * Not named *CaseRegistry*: run alone by -Dtest=*CaseRegistry* it would start a second engine in the
 * JVM next to the H2 one.
 */
@OnPostgres
class EmbeddedZaakPostgresIT extends EmbeddedCaseRegistryTest {}
