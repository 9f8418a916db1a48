package nl.werkpad.beheer;

import java.util.ArrayList;
import java.util.List;
import nl.werkpad.kernel.BsnMasking;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every incident writes one structured log line fit for alerting, on the logger {@value #LOGGER}:
 * {@code incident type=failedJob process=Referral activity=ServiceTask_ZaakUitvoerderAanmaken tenant=gm0513
 * klantreis=KR-2026-17 error="..."}. No personal data: the line names the model, the step and the journey
 * number (Werkpad's own, which Cockpit finds as business key), and nine-digit numbers in an error message
 * (which could be a BSN) are masked by {@link BsnMasking}: in the line itself, so that it holds none
 * whatever the log output does, and again by the log output. The engine still creates the incident
 * itself: this handler is added next to its default handler.
 */
@Component
public class IncidentAlerting extends AbstractProcessEnginePlugin {

  static final String LOGGER = "nl.werkpad.incident";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCompositeIncidentHandlersEnabled(true);
    List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomIncidentHandlers());
    handlers.add(new LogLine(Incident.FAILED_JOB_HANDLER_TYPE));
    handlers.add(new LogLine(Incident.EXTERNAL_TASK_HANDLER_TYPE));
    configuration.setCustomIncidentHandlers(handlers);
  }

  static String line(String type, IncidentContext context, String journey, String message) {
    String definition = context.getProcessDefinitionId();
    String process = definition == null ? "-" : definition.split(":")[0];
    return "incident type=" + type + " process=" + process + " activity=" + value(context.getActivityId())
        + " tenant=" + value(context.getTenantId()) + " klantreis=" + value(journey) + " error=\"" + masked(message) + "\"";
  }

  /** The journey number: every process of a journey carries it as business key. */
  private static String journey(IncidentContext context) {
    CommandContext command = Context.getCommandContext();
    if (command == null || context.getExecutionId() == null) {
      return null;
    }
    ExecutionEntity execution = command.getExecutionManager().findExecutionById(context.getExecutionId());
    return execution == null ? null : execution.getProcessBusinessKey();
  }

  private static String value(String value) {
    return value == null ? "-" : value;
  }

  /** On one line, without quotes that would break the format, and without anything that looks like a BSN. */
  static String masked(String message) {
    if (message == null) {
      return "";
    }
    return BsnMasking.mask(message).replaceAll("[\\r\\n]+", " ").replace('"', '\'');
  }

  private static final class LogLine implements IncidentHandler {

    private final String type;

    LogLine(String type) {
      this.type = type;
    }

    @Override
    public String getIncidentHandlerType() {
      return type;
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
      LOG.error(line(type, context, journey(context), message));
      return null;
    }

    @Override
    public void resolveIncident(IncidentContext context) {
      // Resolved incidents need no alert.
    }

    @Override
    public void deleteIncident(IncidentContext context) {
      // Deleted incidents need no alert.
    }
  }
}
