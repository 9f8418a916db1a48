package nl.werkpad.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresBatchInsertsTest {

  @Test
  void aPostgresqlUrlGetsTheSettingAndOneThatNamesItKeepsItsOwn() {
    assertThat(setting("jdbc:postgresql://db:5432/werkpad", null)).isEqualTo("true");
    assertThat(setting("jdbc:postgresql://db:5432/werkpad?reWriteBatchedInserts=false", null)).isNull();
    assertThat(setting("jdbc:postgresql://db:5432/werkpad", "false")).isEqualTo("false");
    assertThat(setting("jdbc:h2:mem:werkpad", null)).isNull();
  }

  private static String setting(String url, String configured) {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(url);
      if (configured != null) {
        pool.addDataSourceProperty(PostgresBatchInserts.SETTING, configured);
      }
      new PostgresBatchInserts().postProcessAfterInitialization(pool, "dataSource");
      Object value = pool.getDataSourceProperties().get(PostgresBatchInserts.SETTING);
      return value == null ? null : value.toString();
    }
  }
}
