package nl.werkpad.journey;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The journey register follows the engine: when a journey's process instance ends, however it ends
 * (completed; cancelled in Cockpit, also with "skip custom listeners"; deleted, modified away or removed
 * with its deployment, over any API), its journey ends with it, in the same transaction, so the person
 * can start a new one. It reads the engine's history event of the end, which no listener setting skips.
 * A journey cancelled before its closing also gets its zaken closed ({@link JourneyEnded#cancelled()}).
 */
class JourneyRegisterSync implements HistoryEventHandler {

  private static final String END = HistoryEventTypes.PROCESS_INSTANCE_END.getEventName();

  private final JourneyRepository journeys;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  JourneyRegisterSync(JourneyRepository journeys, Clock clock, ApplicationEventPublisher events) {
    this.journeys = journeys;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity instance && END.equals(instance.getEventType())
        && instance.getProcessInstanceId().equals(instance.getRootProcessInstanceId())) {
      ended(instance);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private void ended(HistoricProcessInstanceEventEntity instance) {
    journeys.findByProcessInstanceId(instance.getProcessInstanceId()).filter(Journey::isActive).ifPresent(journey -> {
      boolean cancelled = !HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState());
      ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
          .findExecutionById(instance.getProcessInstanceId()); // still there at its end, with its variables
      Object uitkomst = execution == null ? null : execution.getVariable(JourneyVariables.UITKOMST);
      journey.end(cancelled ? JourneyVariables.GEANNULEERD : uitkomst == null ? null : uitkomst.toString(), clock.instant());
      journeys.flush();
      events.publishEvent(new JourneyEnded(journey.getId(), journey.getNumber(), journey.getWoongemeente(),
          journey.getUitkomst(), cancelled));
    });
  }
}
