package nl.werkpad.trajectory;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code werkpad.traject.termijn-maanden}: how long an instrument with a term lasts, in months, by local
 * verordening (e.g. PROEFPLAATSING: 3, WERKERVARINGSPLAATS: 12). The participatieplaats has its term by
 * law (2 years, extendable twice by one year) and is not configured here.
 */
@ConfigurationProperties("werkpad.traject")
public record TrajectProperties(Map<String, Integer> termijnMaanden) {

  public TrajectProperties {
    termijnMaanden = termijnMaanden == null ? Map.of() : Map.copyOf(termijnMaanden);
  }
}
