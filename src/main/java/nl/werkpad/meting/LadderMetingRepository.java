package nl.werkpad.meting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LadderMetingRepository extends JpaRepository<LadderMeting, Long> {

  List<LadderMeting> findByJourneyIdOrderByGemetenOpAscIdAsc(Long journeyId);
}
