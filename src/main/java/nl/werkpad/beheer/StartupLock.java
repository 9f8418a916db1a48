package nl.werkpad.beheer;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Werkpad nodes that share one PostgreSQL database start up one at a time.
 *
 * <p>Camunda creates or upgrades its own tables ({@code camunda.bpm.database.schema-update}) without a
 * lock, and the work every node does once the models are deployed (the groups, tenants and
 * authorizations of {@code TenantSync}, the Tasklist filters, the administrator of
 * {@code camunda.bpm.admin-user}, the demo users and journeys) looks whether something exists and then
 * creates it. Two nodes doing either at the same moment on an empty database create a table or a group
 * twice: one of them fails to start, or, where no unique constraint stops it (the Tasklist filters, the
 * demo journeys), the thing exists twice. So every node takes a PostgreSQL advisory lock before its
 * process engine is built and lets go of it once the application is ready; a node that starts while
 * another one is starting waits, and then finds everything in place. Flyway, before this, has an
 * advisory lock of its own, and Camunda's deployment its deployment lock.
 *
 * <p>The lock belongs to a database session, so a node that dies while starting releases it with its
 * connection. Other databases need no lock: the embedded H2 file is opened by one process only.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin {

  /** The advisory lock's key ("Werkpad" in ASCII), apart from the keys Flyway uses. */
  static final long KEY = 0x005765726b706164L;

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;
  /** The session that holds the lock; set once it is taken, so that waiting holds no monitor. */
  private final AtomicReference<Connection> held = new AtomicReference<>();

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  /** Takes the lock, waiting while another node holds it; nothing on a database other than PostgreSQL. */
  void acquire() {
    if (held.get() != null) {
      return;
    }
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      if (!tryLock(connection)) {
        LOG.info("Een andere Werkpad-node start op deze database; deze node wacht tot die klaar is");
        long waiting = System.nanoTime();
        waitForLock(connection);
        LOG.info("Opstarten gaat verder na {} s wachten op de andere node",
            String.format("%.1f", Duration.ofNanos(System.nanoTime() - waiting).toMillis() / 1000.0));
      }
      held.set(connection);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException("De opstartvergrendeling in de database is niet te krijgen", e);
    }
  }

  /** The application is ready: everything a node creates at start-up is there, and the next node may start. */
  @EventListener(ApplicationReadyEvent.class)
  public void applicationReady() {
    release();
  }

  /** Also when the start-up fails: the next node must not wait for this one. */
  @PreDestroy
  void release() {
    Connection connection = held.getAndSet(null);
    if (connection == null) {
      return;
    }
    try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
    } catch (SQLException e) {
      // The pool would keep the session, and the lock with it: end the session itself.
      LOG.warn("De opstartvergrendeling is niet vrijgegeven; de databaseverbinding wordt verbroken ({})", e.getMessage());
      try {
        connection.abort(Runnable::run);
      } catch (SQLException ignored) {
        // A broken connection has no session left, nor a lock.
      }
    }
    closeQuietly(connection);
  }

  boolean isHeld() {
    return held.get() != null;
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      statement.setLong(1, KEY);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  /** Returns once the lock is taken. */
  private static void waitForLock(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
      statement.setLong(1, KEY);
      statement.execute();
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Closing ends the session, and with it the lock.
    }
  }
}
