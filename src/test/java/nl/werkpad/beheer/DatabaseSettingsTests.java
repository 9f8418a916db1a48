package nl.werkpad.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import nl.werkpad.support.ApplicationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a new database gets from Werkpad's settings, on H2 and on PostgreSQL (see the subclasses): history
 * at level full, the only level at which Camunda keeps the user operation log (who did what with a
 * journey) and the job log, and on PostgreSQL the driver's multi-row inserts.
 */
@ApplicationTest
abstract class DatabaseSettingsTests {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aNewDatabaseKeepsFullHistory() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");
    assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
        .as("what the database itself records").isEqualTo("3");
  }

  @Test
  void onlyPostgresqlGetsItsInsertsRewritten() {
    HikariDataSource pool = (HikariDataSource) dataSource;
    boolean postgres = pool.getJdbcUrl().startsWith("jdbc:postgresql:");
    assertThat(pool.getDataSourceProperties().getProperty(PostgresBatchInserts.SETTING))
        .isEqualTo(postgres ? "true" : null);
  }
}
