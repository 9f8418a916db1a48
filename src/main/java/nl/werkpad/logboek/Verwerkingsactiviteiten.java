package nl.werkpad.logboek;

import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The register of Werkpad's processing activities ({@code verwerkingsactiviteiten.yml}): what Werkpad
 * does with a person's data, on which legal ground, and for how long it keeps its records; and which
 * activity the steps of each process serve.
 */
@ConfigurationProperties("werkpad.verwerkingsactiviteiten")
public record Verwerkingsactiviteiten(List<Activiteit> activiteiten, Map<String, String> processen) {

  /** The activity of a journey that starts with an aanmelding; what a step of an unknown process serves. */
  public static final String INTAKE = "INTAKE";
  public static final String CASELOAD_OVERNAME = "CASELOAD_OVERNAME";
  public static final String INZAGEVERZOEK = "INZAGEVERZOEK";

  /**
   * One processing activity.
   *
   * @param code its name in the log and in the configuration
   * @param naam what it is, in Dutch
   * @param grondslag the legal ground (AVG art. 6 lid 1 onder c/e: a task by law), with its articles
   * @param doelbinding the purpose the BRP is told (X-DOELBINDING)
   * @param verwerking the processing the BRP is told (X-VERWERKING)
   * @param bewaartermijn how long Werkpad keeps its records of a journey after it ended
   */
  public record Activiteit(String code, String naam, String grondslag, String doelbinding, String verwerking,
      Period bewaartermijn) {}

  public Verwerkingsactiviteiten {
    activiteiten = activiteiten == null ? List.of() : List.copyOf(activiteiten);
    processen = processen == null ? Map.of() : Map.copyOf(processen);
    Set<String> codes = new HashSet<>();
    for (Activiteit activiteit : activiteiten) {
      if (activiteit.code() == null || !codes.add(activiteit.code())) {
        throw new IllegalStateException("werkpad.verwerkingsactiviteiten: elke activiteit heeft een eigen code; "
            + activiteit.code() + " staat er niet of twee keer in");
      }
      if (activiteit.grondslag() == null || activiteit.grondslag().isBlank()) {
        throw new IllegalStateException("werkpad.verwerkingsactiviteiten: activiteit " + activiteit.code()
            + " heeft geen grondslag");
      }
    }
    for (String required : List.of(INTAKE, CASELOAD_OVERNAME, INZAGEVERZOEK)) {
      if (!codes.contains(required)) {
        throw new IllegalStateException("werkpad.verwerkingsactiviteiten: de activiteit " + required + " ontbreekt");
      }
    }
    processen.forEach((process, code) -> {
      if (!codes.contains(code)) {
        throw new IllegalStateException("werkpad.verwerkingsactiviteiten.processen." + process
            + " noemt activiteit " + code + ", die niet in het register staat");
      }
    });
  }

  public Optional<Activiteit> activiteit(String code) {
    return activiteiten.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** The activity a step of this process serves; the intake's for a process the register does not name. */
  public Activiteit vanProces(String processDefinitionKey) {
    return activiteit(processen.getOrDefault(processDefinitionKey, INTAKE)).orElseThrow();
  }
}
