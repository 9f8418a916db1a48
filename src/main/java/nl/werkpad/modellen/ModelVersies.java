package nl.werkpad.modellen;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import nl.werkpad.kernel.ModelApi;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Which version of each process and decision a journey uses: the latest when the journey started. A
 * designer who deploys a changed model or table changes new journeys; running ones carry on as they
 * began. The models ask for it where they call a process or a decision:
 * {@code camunda:decisionRefVersion="${versie.van(execution, 'ServiceProvider')}"}.
 */
@Component("versie")
public class ModelVersies {

  /**
   * The variable that holds, per journey, the version of every process and decision at its start, as
   * text ({@code "BeschutWerk:1,ClientJourney:2,..."}): every call activity copies the journey's variables,
   * and a text is one row where an object would also be a stored blob, each time.
   */
  public static final String VARIABLE = "modelversies";

  /** The versions that journeys started on this thread record, when computed once for them all. */
  private static final ThreadLocal<String> VOOR_DEZE_THREAD = new ThreadLocal<>();

  private final RepositoryService repository;

  ModelVersies(@Lazy RepositoryService repository) {
    this.repository = repository;
  }

  /** The version this journey uses; the latest for a journey that started before versions were recorded. */
  @ModelApi
  public Integer van(DelegateExecution execution, String key) {
    Object versies = execution.getVariable(VARIABLE);
    if (versies instanceof String text) {
      for (String entry : text.split(",")) {
        int colon = entry.lastIndexOf(':');
        if (colon > 0 && entry.substring(0, colon).equals(key)) {
          return Integer.valueOf(entry.substring(colon + 1));
        }
      }
    } else if (versies instanceof Map<?, ?> map && map.get(key) instanceof Number version) {
      return version.intValue(); // as journeys recorded it before it was text
    }
    return huidige().get(key);
  }

  /** The versions as the variable holds them. */
  public String vastleggen() {
    String vast = VOOR_DEZE_THREAD.get();
    if (vast != null) {
      return vast;
    }
    StringJoiner text = new StringJoiner(",");
    huidige().forEach((key, version) -> text.add(key + ":" + version));
    return text.toString();
  }

  /**
   * Runs {@code work} with these versions, from {@link #vastleggen()}, for every journey it starts: a
   * caseload take-over starts thousands, all with the models of the moment its file arrived, and asks
   * for them once instead of twice a line.
   */
  public void met(String versies, Runnable work) {
    VOOR_DEZE_THREAD.set(versies);
    try {
      work.run();
    } finally {
      VOOR_DEZE_THREAD.remove();
    }
  }

  /** The latest shared version of every process and decision, as a journey that starts now records it. */
  public Map<String, Integer> huidige() {
    return unrestricted(() -> {
      Map<String, Integer> versions = new TreeMap<>();
      for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().withoutTenantId().list()) {
        versions.put(definition.getKey(), definition.getVersion());
      }
      for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().latestVersion().withoutTenantId().list()) {
        versions.put(definition.getKey(), definition.getVersion());
      }
      return versions;
    });
  }

  /** Every version counts, whoever starts the journey: their authorizations only decide what they may see. */
  private static <T> T unrestricted(Callable<T> query) {
    CommandContext context = Context.getCommandContext();
    try {
      return context == null ? query.call() : context.runWithoutAuthorization(query);
    } catch (Exception e) {
      throw new IllegalStateException("Versies van de modellen niet te lezen", e);
    }
  }
}
