package nl.werkpad.journey;

import static nl.werkpad.journey.RejectedInputException.Reason.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkpad.kernel.ProtectedVariables;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;

/**
 * Keeps a journey's identity what Werkpad made it, whatever path a change takes. It reads the engine's
 * history events, which every change of a variable and of a business key produces (REST, the webapps,
 * Java, with or without listeners), and refuses, within the same transaction:
 * <ul>
 *   <li>a change of a {@link ProtectedVariables protected variable} that comes from outside the engine's
 *       own execution (a task's answers, the variable API, a message's payload), unless the value stays
 *       the same or it is a start input of a journey that is starting. Copies between the processes of
 *       one journey, and Werkpad's own code ({@link ProtectedVariables#write}), are the engine's own work;</li>
 *   <li>a business key in the form of a journey number on any process instance but those of that
 *       journey: only Werkpad numbers journeys, and its steps find a journey by that number.</li>
 * </ul>
 */
class JourneyIdentityGuard implements HistoryEventHandler {

  private static final String CREATE = HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName();
  private static final String UPDATE = HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName();
  private static final String DELETE = HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName();

  private final ProtectedVariables protectedVariables;
  private final JourneyRepository journeys;

  JourneyIdentityGuard(ProtectedVariables protectedVariables, JourneyRepository journeys) {
    this.protectedVariables = protectedVariables;
    this.journeys = journeys;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      variable(variable);
    } else if (event instanceof HistoricProcessInstanceEventEntity instance
        && (HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(instance.getEventType())
            || HistoryEventTypes.PROCESS_INSTANCE_UPDATE.getEventName().equals(instance.getEventType()))) {
      businessKey(instance);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private void variable(HistoricVariableUpdateEventEntity event) {
    String name = event.getVariableName();
    if (!protectedVariables.isProtected(name) || ProtectedVariables.writing()
        || Context.getBpmnExecutionContext() != null) {
      return; // not protected, Werkpad's own write, or the engine's own execution (mappings, listeners)
    }
    String type = event.getEventType();
    if ((CREATE.equals(type) || UPDATE.equals(type)) && protectedVariables.isStartInput(name) && startingJourney(event)) {
      return;
    }
    if (UPDATE.equals(type) && unchanged(event)) {
      return;
    }
    if (CREATE.equals(type) || UPDATE.equals(type) || DELETE.equals(type)) {
      throw new RejectedInputException(FORBIDDEN, "'" + name + "' hoort bij wie en waar de klantreis is en verandert niet "
          + "door invoer: Werkpad houdt het bij. Een onbekend BSN verbeter je in de taak 'Persoon niet gevonden'.");
    }
  }

  /** A variable of the process instance itself while it starts, before it is a registered journey. */
  private static boolean startingJourney(HistoricVariableUpdateEventEntity event) {
    if (event.getTaskId() != null || !Objects.equals(event.getExecutionId(), event.getProcessInstanceId())) {
      return false;
    }
    ExecutionEntity instance = commandContext().getExecutionManager().findExecutionById(event.getProcessInstanceId());
    return instance != null && instance.isProcessInstanceStarting() && instance.getSuperExecution() == null;
  }

  /** The same value again (a form that sends a field back as it was): no change. */
  private static boolean unchanged(HistoricVariableUpdateEventEntity event) {
    HistoricVariableInstanceEntity before = commandContext().getDbEntityManager()
        .selectById(HistoricVariableInstanceEntity.class, event.getVariableInstanceId());
    return before != null
        && Objects.equals(before.getSerializerName(), event.getSerializerName())
        && Objects.equals(before.getTextValue(), event.getTextValue())
        && Objects.equals(before.getTextValue2(), event.getTextValue2())
        && Objects.equals(before.getLongValue(), event.getLongValue())
        && Objects.equals(before.getDoubleValue(), event.getDoubleValue())
        && before.getByteArrayId() == null && event.getByteValue() == null;
  }

  private void businessKey(HistoricProcessInstanceEventEntity event) {
    String key = event.getBusinessKey();
    if (Journey.idOf(key).isEmpty()) {
      return;
    }
    Optional<Journey> journey = journeys.findByNumber(key);
    if (journey.isEmpty() || !journey.get().getProcessInstanceId().equals(event.getRootProcessInstanceId())) {
      throw new RejectedInputException(FORBIDDEN, "Een klantreisnummer (" + key + ") geeft Werkpad zelf, aan de "
          + "processen van die klantreis; een ander proces kan het niet dragen.");
    }
  }

  private static CommandContext commandContext() {
    return Context.getCommandContext();
  }
}
