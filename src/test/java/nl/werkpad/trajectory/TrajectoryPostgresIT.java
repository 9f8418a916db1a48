package nl.werkpad.trajectory;

import nl.werkpad.support.OnPostgres;

/** The trajectory on PostgreSQL. */
@OnPostgres
class TrajectoryPostgresIT extends TrajectoryTests {}
