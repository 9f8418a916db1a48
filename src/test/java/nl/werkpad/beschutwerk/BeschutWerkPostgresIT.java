package nl.werkpad.beschutwerk;

import nl.werkpad.support.OnPostgres;

/** Beschut werk on PostgreSQL: the counts of the taakstelling and the order of the waiting list. */
@OnPostgres
class BeschutWerkPostgresIT extends BeschutWerkTests {}
