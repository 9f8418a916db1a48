package nl.werkpad.trajectory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrajectUitkomstRepository extends JpaRepository<TrajectUitkomst, Long> {

  List<TrajectUitkomst> findByJourneyIdOrderById(Long journeyId);
}
