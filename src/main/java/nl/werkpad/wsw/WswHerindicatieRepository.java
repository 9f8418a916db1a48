package nl.werkpad.wsw;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WswHerindicatieRepository extends JpaRepository<WswHerindicatie, Long> {

  Optional<WswHerindicatie> findFirstByJourneyIdOrderByIdDesc(Long journeyId);

  List<WswHerindicatie> findByJourneyIdOrderById(Long journeyId);
}
