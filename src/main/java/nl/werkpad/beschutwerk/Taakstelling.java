package nl.werkpad.beschutwerk;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import nl.werkpad.beschutwerk.BeschutWerkDossier.Status;
import nl.werkpad.region.Regions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The annual number of beschut werk places of a municipality (its taakstelling) against the placements
 * Werkpad recorded that year. Below the number a person with a positive advice has a right to a place;
 * at or above it they wait, in order of their advice date (Participatiewet art. 10b).
 */
@Component
@EnableConfigurationProperties(BeschutWerkProperties.class)
public class Taakstelling {

  private final Map<String, TreeMap<Integer, Integer>> numbers = new java.util.HashMap<>();
  private final BeschutWerkDossierRepository dossiers;

  Taakstelling(BeschutWerkProperties properties, Regions regions, BeschutWerkDossierRepository dossiers) {
    this.dossiers = dossiers;
    properties.taakstelling().forEach((gemeente, byYear) -> {
      if (regions.municipality(gemeente).isEmpty()) {
        throw new IllegalStateException("werkpad.beschut-werk.taakstelling noemt onbekende gemeente " + gemeente);
      }
      numbers.put(gemeente, new TreeMap<>(byYear));
    });
  }

  /** The number for the year, or empty when the municipality has none configured (no limit). */
  public OptionalInt aantal(String gemeente, int jaar) {
    TreeMap<Integer, Integer> byYear = numbers.get(gemeente);
    Map.Entry<Integer, Integer> entry = byYear == null ? null : byYear.floorEntry(jaar);
    return entry == null ? OptionalInt.empty() : OptionalInt.of(entry.getValue());
  }

  /** Places granted in the year that still stand. */
  public long plaatsingen(String gemeente, int jaar) {
    return dossiers.countByWoongemeenteAndStatusAndToegekendOpBetween(gemeente, Status.TOEGEKEND,
        LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
  }

  public boolean bereikt(String gemeente, LocalDate today) {
    OptionalInt aantal = aantal(gemeente, today.getYear());
    return aantal.isPresent() && plaatsingen(gemeente, today.getYear()) >= aantal.getAsInt();
  }

  /** Whether a free place of this year reaches this person, given those waiting before them. */
  boolean plaatsVoor(BeschutWerkDossier waiting, LocalDate today) {
    OptionalInt aantal = aantal(waiting.getWoongemeente(), today.getYear());
    if (aantal.isEmpty()) {
      return true;
    }
    long vrij = aantal.getAsInt() - plaatsingen(waiting.getWoongemeente(), today.getYear());
    return vrij > dossiers.countWaitingBefore(waiting.getWoongemeente(), waiting.getAdviesDatum(), waiting.getJourneyId());
  }
}
