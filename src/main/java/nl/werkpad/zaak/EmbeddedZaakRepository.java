package nl.werkpad.zaak;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmbeddedZaakRepository extends JpaRepository<EmbeddedZaak, Long> {

  // A query as text: Hibernate keeps its translation, which it makes anew for every call of a derived query.
  @Query("select z from EmbeddedZaak z where z.journeyNumber = :journeyNumber and z.organisation = :organisation")
  Optional<EmbeddedZaak> findByJourneyNumberAndOrganisation(@Param("journeyNumber") String journeyNumber,
      @Param("organisation") String organisation);

  @Query("select z from EmbeddedZaak z where z.journeyNumber = :journeyNumber and z.einddatum is null order by z.id")
  List<EmbeddedZaak> findOpenByJourneyNumber(@Param("journeyNumber") String journeyNumber);

  /** The zaak with its status history loaded, for use outside a transaction. */
  @EntityGraph(attributePaths = "statussen")
  Optional<EmbeddedZaak> findWithStatussenById(Long id);

  /** Ids of the zaken the zaak continues (relevanteAndereZaken, aard vervolg), for use outside a transaction. */
  @Query("select andere from EmbeddedZaak zaak join zaak.vervolgVan andere where zaak.id = :id order by andere")
  List<Long> findVervolgVanById(@Param("id") Long id);
}
