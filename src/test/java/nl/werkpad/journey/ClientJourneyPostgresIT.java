package nl.werkpad.journey;

import nl.werkpad.support.OnPostgres;

/** The same journey tests on PostgreSQL, the production database. */
@OnPostgres
class ClientJourneyPostgresIT extends ClientJourneyTests {}
