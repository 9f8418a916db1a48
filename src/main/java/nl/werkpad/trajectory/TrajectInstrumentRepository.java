package nl.werkpad.trajectory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrajectInstrumentRepository extends JpaRepository<TrajectInstrument, Long> {

  Optional<TrajectInstrument> findFirstByJourneyIdOrderByIdDesc(Long journeyId);

  List<TrajectInstrument> findByJourneyIdOrderById(Long journeyId);
}
