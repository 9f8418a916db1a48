package nl.werkpad.beheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.UUID;
import nl.werkpad.kernel.BsnMasking;
import nl.werkpad.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No BSN reaches the log output, also where a third-party logger quotes it: a second active journey for
 * one person violates the unique column {@code wp_journey.active_bsn}, and Hibernate's
 * {@code SqlExceptionHelper} logs the database's message, which names the offending value. The test reads
 * what the console really shows (logback-spring.xml's pattern, rendered), not a mock. On H2 and on
 * PostgreSQL, whose messages quote the value each in their own way.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
abstract class LogMaskingTests {

  /** A public test BSN. */
  static final String BSN = "999993653";

  private static final Logger LOG = LoggerFactory.getLogger(LogMaskingTests.class);

  @PersistenceContext EntityManager entityManager;
  @Autowired TransactionTemplate transaction;

  @Test
  void aConstraintViolationOnTheBsnIsLoggedWithoutTheBsn(CapturedOutput output) {
    // Two active journeys for one person, written as Hibernate writes Werkpad's journeys; rolled back.
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      activeJourney(-1);
      activeJourney(-2);
    })).isInstanceOf(PersistenceException.class).satisfies(violation -> {
      assertThat(violation).as("the exception itself still holds the value: only the log output masks it")
          .hasStackTraceContaining(BSN);
      // As an application logs what it cannot handle: the message and the whole stack trace.
      LOG.error("Klantreis niet geregistreerd: {}", violation.getMessage(), violation);
    });

    String logged = output.getOut();
    assertThat(logged).as("Hibernate's own line about the violation, with the database's message")
        .containsPattern("(?i)ERROR .*o\\.h\\.engine\\.jdbc\\.spi\\.SqlExceptionHelper +: .*(unique|duplicate)");
    assertThat(logged).as("the stack trace, its causes included").contains(
        "\norg.hibernate.exception.ConstraintViolationException: ", "\nCaused by: ");
    assertThat(output.getAll()).as("everything logged").doesNotContain(BSN);
    assertThat(logged).as("the value as the log shows it").contains(BsnMasking.MASK);
  }

  private void activeJourney(long id) {
    entityManager.createNativeQuery("insert into wp_journey (id, bsn, active_bsn, woongemeente, process_instance_id,"
            + " started_at) values (?, ?, ?, '0513', ?, current_timestamp)")
        .setParameter(1, id).setParameter(2, BSN).setParameter(3, BSN).setParameter(4, UUID.randomUUID().toString())
        .executeUpdate();
  }
}
