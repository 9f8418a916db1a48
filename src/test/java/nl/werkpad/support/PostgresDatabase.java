package nl.werkpad.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs application tests on a fresh PostgreSQL database: created on the server named by
 * {@code werkpad.test.postgres.url} (default: the local server, database postgres, user postgres)
 * and dropped when the test JVM ends. Without a reachable server the tests are skipped with a clear
 * message, unless {@code werkpad.test.postgres.required=true} (CI), which makes them fail instead.
 */
public class PostgresDatabase implements ExecutionCondition, ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final String SERVER_URL = setting("werkpad.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String USER = setting("werkpad.test.postgres.user", "postgres");
  private static final String PASSWORD = setting("werkpad.test.postgres.password", "");
  private static final boolean REQUIRED = Boolean.parseBoolean(setting("werkpad.test.postgres.required", "false"));

  private static String databaseUrl;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (REQUIRED || reachable()) {
      return ConditionEvaluationResult.enabled("PostgreSQL at " + SERVER_URL);
    }
    return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + SERVER_URL
        + ": skipping the PostgreSQL run. Set -Dwerkpad.test.postgres.url=jdbc:postgresql://host:port/db"
        + " (and .user/.password) to run it; CI always does.");
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "spring.datasource.url=" + freshDatabase(),
        "spring.datasource.username=" + USER,
        "spring.datasource.password=" + PASSWORD).applyTo(context);
  }

  private static boolean reachable() {
    try (Connection ignored = DriverManager.getConnection(SERVER_URL, USER, PASSWORD)) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static synchronized String freshDatabase() {
    if (databaseUrl == null) {
      String name = createDatabase();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> dropWhenUnused(name)));
      databaseUrl = urlOf(name);
    }
    return databaseUrl;
  }

  /**
   * A fresh database for a test that starts the application itself (in processes of its own, say):
   * closing it drops it, also while something is still connected.
   */
  public static Database newDatabase() {
    String name = createDatabase();
    return new Database(name, urlOf(name), USER, PASSWORD);
  }

  /** A database of its own on the test server; {@link #close()} drops it. */
  public record Database(String name, String url, String user, String password) implements AutoCloseable {
    @Override
    public void close() {
      execute("drop database if exists " + name + " with (force)");
    }
  }

  private static String createDatabase() {
    String name = "werkpad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("create database " + name);
    return name;
  }

  private static String urlOf(String name) {
    return SERVER_URL.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
  }

  /**
   * Spring closes the test contexts in a shutdown hook of its own, at the same time as this one:
   * dropping the database under it would make its pool retry for half a minute. So wait until the
   * application has let go of the database, and force only as a last resort.
   */
  private static void dropWhenUnused(String name) {
    for (int attempt = 0; attempt < 50; attempt++) {
      try {
        execute("drop database if exists " + name);
        return;
      } catch (IllegalStateException stillInUse) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    execute("drop database if exists " + name + " with (force)");
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + SERVER_URL + ": " + e.getMessage(), e);
    }
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name.toUpperCase().replace('.', '_'));
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
