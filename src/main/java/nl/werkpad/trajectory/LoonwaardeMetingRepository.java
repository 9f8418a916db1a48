package nl.werkpad.trajectory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoonwaardeMetingRepository extends JpaRepository<LoonwaardeMeting, Long> {

  // A query as text: Hibernate keeps its translation, which it makes anew for every call of a derived query.
  @Query("select x from LoonwaardeMeting x where x.journeyId = :journeyId order by x.gemetenOp desc, x.id desc limit 1")
  Optional<LoonwaardeMeting> findFirstByJourneyIdOrderByGemetenOpDescIdDesc(@Param("journeyId") Long journeyId);
}
