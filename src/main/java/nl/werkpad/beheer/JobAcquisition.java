package nl.werkpad.beheer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the job executor's acquisition quick when the job table holds the timers of many journeys
 * (evaluations, terms, herindicaties: several per journey, months ahead). Camunda looks for due jobs with
 * "due date is null or before now", which no index serves, so each acquisition reads the whole table.
 * With every job given a due date (async steps get "now"), the condition is a range an index on the due
 * date answers; jobs from before this setting that have none get their creation time once. And the
 * earliest are taken first: without that order PostgreSQL still read the table until it found three it
 * could take, 60 ms each time, and after a take-over of 100,000 rows the job executor ran 12 jobs a second.
 */
@Component
public class JobAcquisition extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisition.class);

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setEnsureJobDueDateNotNull(true);
    configuration.setJobExecutorAcquireByDueDate(true);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    String prefix = configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      int updated = statement.executeUpdate(
          "update " + prefix + "ACT_RU_JOB set DUEDATE_ = CREATE_TIME_ where DUEDATE_ is null");
      if (updated > 0) {
        LOG.info("{} wachtende jobs zonder vervaldatum kregen hun aanmaaktijd als vervaldatum", updated);
      }
      statement.execute("create index if not exists WP_IDX_JOB_DUEDATE on " + prefix + "ACT_RU_JOB (DUEDATE_)");
      // Acquisition skips jobs of instances with a job in progress; PostgreSQL answers that with one pass
      // over the whole table per acquisition (85 ms at 117,000 jobs) unless the few locked jobs have an
      // index of their own. H2 has no partial indexes and plans it differently.
      if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        statement.execute("create index if not exists WP_IDX_JOB_LOCKED on " + prefix
            + "ACT_RU_JOB (LOCK_EXP_TIME_) where LOCK_OWNER_ is not null");
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("De index voor het ophalen van jobs is niet aan te maken", e);
    }
  }
}
