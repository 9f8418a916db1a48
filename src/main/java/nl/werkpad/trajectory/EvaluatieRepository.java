package nl.werkpad.trajectory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvaluatieRepository extends JpaRepository<Evaluatie, Long> {

  // A query as text: Hibernate keeps its translation, which it makes anew for every call of a derived query.
  @Query("select x from Evaluatie x where x.journeyId = :journeyId order by x.id desc limit 1")
  Optional<Evaluatie> findFirstByJourneyIdOrderByIdDesc(@Param("journeyId") Long journeyId);

  List<Evaluatie> findByJourneyIdOrderById(Long journeyId);
}
