package nl.werkpad.journey;

import nl.werkpad.support.OnPostgres;

/** The journey register against the engine on PostgreSQL, the production database. */
@OnPostgres
class JourneyRegisterPostgresIT extends JourneyRegisterTests {}
