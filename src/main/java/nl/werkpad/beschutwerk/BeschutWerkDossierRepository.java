package nl.werkpad.beschutwerk;

import java.time.LocalDate;
import nl.werkpad.beschutwerk.BeschutWerkDossier.Status;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BeschutWerkDossierRepository extends JpaRepository<BeschutWerkDossier, Long> {

  long countByWoongemeenteAndStatusAndToegekendOpBetween(String woongemeente, Status status, LocalDate from,
      LocalDate to);

  /** Those on the municipality's waiting list before this one: earlier advice, or the same day and earlier journey. */
  @Query("""
      select count(d) from BeschutWerkDossier d
      where d.woongemeente = :woongemeente and d.status = nl.werkpad.beschutwerk.BeschutWerkDossier.Status.WACHTLIJST
        and (d.adviesDatum < :adviesDatum or (d.adviesDatum = :adviesDatum and d.journeyId < :journeyId))""")
  long countWaitingBefore(@Param("woongemeente") String woongemeente, @Param("adviesDatum") LocalDate adviesDatum,
      @Param("journeyId") Long journeyId);
}
