package nl.werkpad.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkpad.support.ApplicationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a new database gets from Werkpad's settings, on H2 and on PostgreSQL (see the subclasses): history
 * at level audit.
 */
@ApplicationTest
abstract class DatabaseSettingsTests {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aNewDatabaseKeepsTheHistoryOfAudit() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo("audit");
    assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
        .as("what the database itself records").isEqualTo("2");
  }
}
