package nl.werkpad.journey;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JourneyRepository extends JpaRepository<Journey, Long> {

  Optional<Journey> findByActiveBsn(String bsn);

  Optional<Journey> findByProcessInstanceId(String processInstanceId);

  default Optional<Journey> findByNumber(String number) {
    return Journey.idOf(number).flatMap(this::findById).filter(j -> j.getNumber().equals(number));
  }
}
