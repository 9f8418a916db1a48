package nl.werkpad.cijfers;

import nl.werkpad.support.OnPostgres;

/** The figures on PostgreSQL. */
@OnPostgres
class CijfersPostgresIT extends CijfersTests {}
