package nl.werkpad.zaak;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmbeddedZaakRepository extends JpaRepository<EmbeddedZaak, Long> {

  Optional<EmbeddedZaak> findByJourneyNumberAndOrganisation(String journeyNumber, String organisation);

  /** The zaak with its status history loaded, for use outside a transaction. */
  @EntityGraph(attributePaths = "statussen")
  Optional<EmbeddedZaak> findWithStatussenById(Long id);
}
