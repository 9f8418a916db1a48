package nl.werkpad.beheer;

import nl.werkpad.support.OnPostgres;

/** Werkpad's database settings on PostgreSQL. */
@OnPostgres
class DatabaseSettingsPostgresIT extends DatabaseSettingsTests {}
