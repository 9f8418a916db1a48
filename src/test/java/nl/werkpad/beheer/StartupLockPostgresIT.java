package nl.werkpad.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.werkpad.support.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes starting at once on one PostgreSQL database: the second waits in its start-up until the
 * first is ready, and a node that dies while starting does not keep the other waiting. Without the
 * application: each {@link StartupLock} stands for a node, with its own connections.
 */
@ExtendWith(PostgresDatabase.class)
@Timeout(60)
class StartupLockPostgresIT {

  private PostgresDatabase.Database database;
  private StartupLock first;
  private StartupLock second;

  @BeforeEach
  void twoNodes() {
    database = PostgresDatabase.newDatabase();
    first = new StartupLock(dataSource());
    second = new StartupLock(dataSource());
  }

  @AfterEach
  void stop() {
    first.release();
    second.release();
    database.close();
  }

  @Test
  void theSecondNodeStartsWhenTheFirstIsReady() throws Exception {
    first.acquire();
    CompletableFuture<Void> starting = CompletableFuture.runAsync(second::acquire);

    awaitWaitingSessions(1);
    assertThat(starting).isNotDone();
    assertThat(second.isHeld()).isFalse();

    first.applicationReady();
    starting.get(10, TimeUnit.SECONDS);
    assertThat(second.isHeld()).isTrue();
    assertThat(first.isHeld()).isFalse();
  }

  @Test
  void aNodeThatDiesWhileStartingReleasesTheLockWithItsConnection() throws Exception {
    try (Connection dyingNode = connect(); Statement statement = dyingNode.createStatement()) {
      statement.execute("select pg_advisory_lock(" + StartupLock.KEY + ")");
      CompletableFuture<Void> starting = CompletableFuture.runAsync(second::acquire);
      awaitWaitingSessions(1);
      assertThat(starting).isNotDone();

      dyingNode.close();
      starting.get(10, TimeUnit.SECONDS);
      assertThat(second.isHeld()).isTrue();
    }
  }

  @Test
  void anotherDatabaseNeedsNoLock() {
    DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:startup-lock", "sa", "");
    StartupLock embedded = new StartupLock(h2);
    embedded.acquire();
    assertThat(embedded.isHeld()).isFalse();
  }

  /** Until this many sessions wait for an advisory lock in the test database (the lock is the only one there). */
  private void awaitWaitingSessions(int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (true) {
      try (Connection connection = connect(); Statement statement = connection.createStatement();
          ResultSet waiting = statement.executeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted"
              + " and database = (select oid from pg_database where datname = current_database())")) {
        waiting.next();
        if (waiting.getInt(1) == count) {
          return;
        }
      }
      assertThat(Instant.now()).as("a node waiting for the start-up lock").isBefore(deadline);
      Thread.sleep(20);
    }
  }

  private DriverManagerDataSource dataSource() {
    return new DriverManagerDataSource(database.url(), database.user(), database.password());
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(database.url(), database.user(), database.password());
  }
}
