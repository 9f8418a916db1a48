package nl.werkpad.journey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.werkpad.kernel.ProtectedVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the engine does for journeys, on every path: the municipality tenant of every instance, the
 * journey's identity kept as Werkpad made it, and the journey register that follows the engine's
 * history events.
 */
@Component
public class JourneyEnginePlugin extends AbstractProcessEnginePlugin {

  private final JourneyStartPolicy startPolicy;
  private final List<HistoryEventHandler> handlers;

  public JourneyEnginePlugin(JourneyStartPolicy startPolicy, ProtectedVariables protectedVariables,
      JourneyRepository journeys, Clock clock, ApplicationEventPublisher events) {
    this.startPolicy = startPolicy;
    this.handlers = List.of(new JourneyIdentityGuard(protectedVariables, journeys),
        new JourneyRegisterSync(journeys, clock, events));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new MunicipalityTenantIdProvider(startPolicy));
    List<HistoryEventHandler> custom = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    custom.addAll(handlers);
    configuration.setCustomHistoryEventHandlers(custom);
  }

  /** The guard and the register read history events: a level that leaves them out would switch both off. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    HistoryLevel level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
    if (level != null && !(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, null)
        && level.isHistoryEventProduced(HistoryEventTypes.PROCESS_INSTANCE_END, null))) {
      throw new IllegalStateException("History level " + level.getName() + " is too low for Werkpad: at least audit, "
          + "so that a journey's identity and register follow every change (README, \"Security\").");
    }
  }
}
