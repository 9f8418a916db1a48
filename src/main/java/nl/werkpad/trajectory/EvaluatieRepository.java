package nl.werkpad.trajectory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluatieRepository extends JpaRepository<Evaluatie, Long> {

  Optional<Evaluatie> findFirstByJourneyIdOrderByIdDesc(Long journeyId);

  List<Evaluatie> findByJourneyIdOrderById(Long journeyId);
}
