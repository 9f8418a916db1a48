package nl.werkpad.beheer;

import nl.werkpad.support.OnPostgres;

/** No BSN in the log output on PostgreSQL, whose driver quotes the offending key in its detail. */
@OnPostgres
class LogMaskingPostgresIT extends LogMaskingTests {}
