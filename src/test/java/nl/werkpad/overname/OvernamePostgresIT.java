package nl.werkpad.overname;

import nl.werkpad.support.OnPostgres;

/** The caseload take-over on PostgreSQL. */
@OnPostgres
class OvernamePostgresIT extends OvernameTests {}
