package nl.werkpad.trajectory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoonwaardeMetingRepository extends JpaRepository<LoonwaardeMeting, Long> {

  Optional<LoonwaardeMeting> findFirstByJourneyIdOrderByGemetenOpDescIdDesc(Long journeyId);
}
