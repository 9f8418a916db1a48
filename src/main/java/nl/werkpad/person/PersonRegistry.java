package nl.werkpad.person;

import java.util.Optional;

/**
 * The person registry (BRP). Production: the Haal Centraal BRP Personen API; embedded default: an
 * in-process registry of fictitious persons. Selected by {@code werkpad.brp.mode}.
 */
public interface PersonRegistry {

  /**
   * Looks a person up by BSN on behalf of a municipality (whose purpose and identity the registry
   * logs, protocollering).
   *
   * @param bsn a BSN that passed the elfproef
   * @param woongemeente CBS code of the municipality that asks
   * @param bevraging who asks, for which purpose and why (the headers of protocollering)
   * @return the person, or empty when the registry holds nobody with this BSN
   * @throws PersonRegistryUnavailableException when the registry cannot answer (outage, timeout,
   *     refusal); the caller retries later. Its message never holds the BSN.
   */
  Optional<Person> find(String bsn, String woongemeente, Bevraging bevraging);

  /** A consultation with the configured protocollering only (no acting user known). */
  default Optional<Person> find(String bsn, String woongemeente) {
    return find(bsn, woongemeente, Bevraging.GEEN);
  }
}
