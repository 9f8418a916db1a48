package nl.werkpad.intake;

import nl.werkpad.support.OnPostgres;

/** The intake on PostgreSQL, where two simultaneous starts really race. */
@OnPostgres
class IntakePostgresIT extends IntakeTests {}
