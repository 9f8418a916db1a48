package nl.werkpad.wsw;

import nl.werkpad.support.OnPostgres;

/** The Wsw dienstverband on PostgreSQL. */
@OnPostgres
class WswPostgresIT extends WswTests {}
