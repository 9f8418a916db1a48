package nl.werkpad.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionMemoTest {

  private final TransactionMemo<String, String> memo = new TransactionMemo<>();
  private final AtomicInteger loads = new AtomicInteger();
  private final TransactionTemplate transaction;
  private final TransactionTemplate newTransaction;

  TransactionMemoTest() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:transaction-memo;DB_CLOSE_DELAY=-1");
    DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
    transaction = new TransactionTemplate(manager);
    newTransaction = new TransactionTemplate(manager);
    newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  private String load() {
    return "gelezen " + loads.incrementAndGet();
  }

  @Test
  void outsideATransactionEveryReadLoads() {
    assertThat(memo.get("KR-1", this::load)).isEqualTo("gelezen 1");
    assertThat(memo.get("KR-1", this::load)).isEqualTo("gelezen 2");
  }

  @Test
  void aTransactionReadsOnceAndSeesWhatItPut() {
    transaction.executeWithoutResult(status -> {
      assertThat(memo.get("KR-1", this::load)).isEqualTo("gelezen 1");
      assertThat(memo.get("KR-1", this::load)).isEqualTo("gelezen 1");
      assertThat(memo.get("KR-2", this::load)).isEqualTo("gelezen 2");
      memo.put("KR-1", "gewijzigd");
      assertThat(memo.get("KR-1", this::load)).isEqualTo("gewijzigd");
    });
    transaction.executeWithoutResult(status -> assertThat(memo.get("KR-1", this::load)).isEqualTo("gelezen 3"));
  }

  @Test
  void aTransactionSuspendedForAnotherKeepsItsOwnValues() {
    transaction.executeWithoutResult(outer -> {
      assertThat(memo.get("KR-1", this::load)).isEqualTo("gelezen 1");
      newTransaction.executeWithoutResult(inner -> {
        assertThat(memo.get("KR-1", this::load)).isEqualTo("gelezen 2");
        memo.put("KR-1", "binnen gewijzigd");
      });
      assertThat(memo.get("KR-1", this::load)).isEqualTo("gelezen 1");
    });
  }

  @Test
  void aRolledBackTransactionLeavesNothingBehind() {
    transaction.executeWithoutResult(status -> {
      memo.put("KR-1", "teruggedraaid");
      status.setRollbackOnly();
    });
    transaction.executeWithoutResult(status -> assertThat(memo.get("KR-1", this::load)).isEqualTo("gelezen 1"));
  }
}
