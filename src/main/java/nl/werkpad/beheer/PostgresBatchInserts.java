package nl.werkpad.beheer;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the driver sends each flush's inserts into one table as one statement with many rows
 * ({@code reWriteBatchedInserts}). Camunda flushes a step's rows as a JDBC batch, table by table: a
 * journey's call activity alone inserts some forty variables and their history, one statement each
 * without this. Camunda supports the driver's answer to such a batch (no row count per insert). Set
 * here rather than in the URL so that it also holds for a URL given as SPRING_DATASOURCE_URL; a URL or
 * property that names the setting keeps its own value.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

  static final String SETTING = "reWriteBatchedInserts";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool) {
      String url = pool.getJdbcUrl();
      if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains(SETTING)
          && !pool.getDataSourceProperties().containsKey(SETTING)) {
        pool.addDataSourceProperty(SETTING, "true");
      }
    }
    return bean;
  }
}
