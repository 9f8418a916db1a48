package nl.werkpad.journey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JourneyRepository extends JpaRepository<Journey, Long> {

  // A query as text: Hibernate keeps its translation, which it makes anew for every call of a derived query.
  @Query("select j from Journey j where j.activeBsn = :bsn")
  Optional<Journey> findByActiveBsn(@Param("bsn") String bsn);

  Optional<Journey> findByProcessInstanceId(String processInstanceId);

  /** Active journeys in the order of their numbers, a page at a time after the one with id {@code after}. */
  @Query("select j from Journey j where j.endedAt is null and j.id > :after order by j.id")
  List<Journey> findActiveAfter(@Param("after") long after, Pageable page);

  default Optional<Journey> findByNumber(String number) {
    return Journey.idOf(number).flatMap(this::findById).filter(j -> j.getNumber().equals(number));
  }
}
