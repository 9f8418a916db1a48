package nl.werkpad.zaak;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmbeddedZaakRepository extends JpaRepository<EmbeddedZaak, Long> {

  Optional<EmbeddedZaak> findByJourneyNumberAndOrganisation(String journeyNumber, String organisation);

  /** The zaak with its status history loaded, for use outside a transaction. */
  @EntityGraph(attributePaths = "statussen")
  Optional<EmbeddedZaak> findWithStatussenById(Long id);

  /** Ids of the zaken the zaak continues (relevanteAndereZaken, aard vervolg), for use outside a transaction. */
  @Query("select andere from EmbeddedZaak zaak join zaak.vervolgVan andere where zaak.id = :id order by andere")
  List<Long> findVervolgVanById(@Param("id") Long id);
}
