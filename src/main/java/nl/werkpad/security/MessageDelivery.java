package nl.werkpad.security;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** One message on its way into the engine, as a {@link MessageGuard} sees it: who sends what, to which journey. */
public final class MessageDelivery {

  private final MessageCorrelationBuilderImpl correlation;
  private final Authentication sender;

  MessageDelivery(MessageCorrelationBuilderImpl correlation, Authentication sender) {
    this.correlation = correlation;
    this.sender = sender;
  }

  /** Null when the application itself sends it (a take-over, a timer's step). */
  public Authentication sender() {
    return sender;
  }

  public boolean sentBy(String group) {
    return sender != null && sender.getGroupIds() != null
        && (sender.getGroupIds().contains(group) || sender.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
  }

  public String businessKey() {
    return correlation.getBusinessKey();
  }

  /** Whether the sender aimed at an instance or definition by id, rather than at a journey by its number. */
  public boolean aimedById() {
    return correlation.getProcessInstanceId() != null || correlation.getProcessDefinitionId() != null
        || !isEmpty(correlation.getCorrelationProcessInstanceVariables()) || !isEmpty(correlation.getCorrelationLocalVariables());
  }

  /** A variable the message brings along, from any of its payloads. */
  public Object variable(String name) {
    for (Map<String, Object> payload : List.<Map<String, Object>>of(
        nullToEmpty(correlation.getPayloadProcessInstanceVariables()),
        nullToEmpty(correlation.getPayloadProcessInstanceVariablesLocal()),
        nullToEmpty(correlation.getPayloadProcessInstanceVariablesToTriggeredScope()))) {
      if (payload.containsKey(name)) {
        return payload.get(name);
      }
    }
    return null;
  }

  /**
   * Looks something up for the check as the engine will correlate: within the sender's tenants, but
   * without their authorizations on journeys (a koppeling has none).
   */
  public <T> T lookUp(Callable<T> query) {
    return Context.getCommandContext().runWithoutAuthorization(query);
  }

  /** Sends the message to the journey with this number (or, with a number no journey has, to a start event only). */
  public void deliverTo(String businessKey) {
    correlation.processInstanceBusinessKey(businessKey);
  }

  private static boolean isEmpty(Map<?, ?> map) {
    return map == null || map.isEmpty();
  }

  private static Map<String, Object> nullToEmpty(Map<String, Object> map) {
    return map == null ? Map.of() : map;
  }
}
