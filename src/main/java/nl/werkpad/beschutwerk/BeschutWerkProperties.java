package nl.werkpad.beschutwerk;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code werkpad.beschut-werk.taakstelling}: per municipality (CBS code), per year, the number of beschut
 * werk places it must realise (Regeling taakstelling beschut werk). A year without a number of its own
 * keeps the number of the last year before it; a municipality without numbers has no limit.
 */
@ConfigurationProperties("werkpad.beschut-werk")
public record BeschutWerkProperties(Map<String, Map<Integer, Integer>> taakstelling) {

  public BeschutWerkProperties {
    taakstelling = taakstelling == null ? Map.of() : Map.copyOf(taakstelling);
  }
}
