package nl.werkpad.trajectory;

/** The trajectory on the embedded default database. */
class TrajectoryH2Test extends TrajectoryTests {}
