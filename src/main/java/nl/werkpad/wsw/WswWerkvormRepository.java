package nl.werkpad.wsw;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WswWerkvormRepository extends JpaRepository<WswWerkvorm, Long> {

  List<WswWerkvorm> findByJourneyIdOrderByVanafAscIdAsc(Long journeyId);
}
