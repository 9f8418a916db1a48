package nl.werkpad.beheer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Werkpad's own metrics at /actuator/prometheus: journeys started and ended (counted from Werkpad's
 * records, so they survive restarts and agree across nodes), open incidents and jobs due. Read when
 * scraped.
 */
@Component
class WerkpadMetrics implements MeterBinder {

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final ManagementService management;

  WerkpadMetrics(JdbcTemplate jdbc, @Lazy RuntimeService runtime, @Lazy ManagementService management) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.management = management;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder("werkpad.klantreizen.gestart", this, m -> m.count("select count(*) from wp_journey"))
        .description("Klantreizen en Wsw-dienstverbanden gestart").register(registry);
    FunctionCounter.builder("werkpad.klantreizen.beeindigd", this,
            m -> m.count("select count(*) from wp_journey where ended_at is not null"))
        .description("Klantreizen en Wsw-dienstverbanden beëindigd").register(registry);
    Gauge.builder("werkpad.incidenten.open", this, m -> m.runtime.createIncidentQuery().count())
        .description("Open incidenten (in Cockpit opnieuw uit te voeren)").register(registry);
    Gauge.builder("werkpad.jobs.uitvoerbaar", this, m -> m.management.createJobQuery().executable().count())
        .description("Jobs die nu uitgevoerd moeten worden").register(registry);
  }

  private double count(String query) {
    Long count = jdbc.queryForObject(query, Long.class);
    return count == null ? 0 : count;
  }
}
