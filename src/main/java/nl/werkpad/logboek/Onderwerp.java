package nl.werkpad.logboek;

/**
 * Whose data: the person (the privacy officer finds the records by this BSN), the journey they were
 * processed in, and the organisation responsible for them (the municipality's tenant, {@code gm0513}).
 */
public record Onderwerp(String bsn, String klantreis, String organisatie) {}
