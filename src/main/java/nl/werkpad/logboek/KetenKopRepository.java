package nl.werkpad.logboek;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface KetenKopRepository extends Repository<KetenKop, Integer> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select k from KetenKop k where k.id = 1")
  Optional<KetenKop> vergrendeld();

  @Query("select k from KetenKop k where k.id = 1")
  Optional<KetenKop> gelezen();
}
