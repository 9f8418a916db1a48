package nl.werkpad.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The task or journey a comment command is about, as the engine's comment commands keep it. Camunda
 * checks no authorization on comments; Werkpad lets only a user who can see the task or the process
 * instance read or add them, and answers every other one as if there were nothing.
 */
record CommentScope(String taskId, String processInstanceId) {

  static CommentScope of(Command<?> command) {
    return new CommentScope(field(command, "taskId"), field(command, "processInstanceId"));
  }

  /** @throws NotFoundException (answered 404, as an id that does not exist) when the user cannot see it */
  void check(CommandContext context) {
    ProcessEngineConfigurationImpl engine = context.getProcessEngineConfiguration();
    boolean visible = taskId == null || engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0
        || engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    visible &= processInstanceId == null
        || engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
        || engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    if (!visible || taskId == null && processInstanceId == null) {
      throw new NotFoundException(Refusals.NOT_FOUND);
    }
  }

  private static String field(Command<?> command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        Object value = field.get(command);
        return value instanceof String text && !text.isBlank() ? text : null;
      } catch (NoSuchFieldException next) {
        // the field may be declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("De controle op opmerkingen kan " + name + " niet lezen", e);
      }
    }
    return null;
  }
}
