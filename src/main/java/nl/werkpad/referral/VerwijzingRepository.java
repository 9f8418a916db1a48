package nl.werkpad.referral;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerwijzingRepository extends JpaRepository<Verwijzing, Long> {

  Optional<Verwijzing> findFirstByJourneyIdOrderByIdDesc(Long journeyId);

  List<Verwijzing> findByJourneyIdOrderById(Long journeyId);
}
