package nl.werkpad.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.sub.externaltask.ExternalTaskResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricActivityInstanceResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricDecisionInstanceResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricDetailResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricJobLogResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricProcessInstanceResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricVariableInstanceResource;
import org.camunda.bpm.engine.rest.sub.runtime.ExecutionResource;
import org.camunda.bpm.engine.rest.sub.runtime.IncidentResource;
import org.camunda.bpm.engine.rest.sub.runtime.JobResource;
import org.camunda.bpm.engine.rest.sub.runtime.ProcessInstanceResource;
import org.camunda.bpm.engine.rest.sub.runtime.VariableInstanceResource;
import org.camunda.bpm.engine.rest.sub.task.TaskResource;
import org.glassfish.jersey.server.ExtendedUriInfo;

/**
 * Whether the object a by-id request is about exists for the user who asks, decided by the resource the
 * REST API matched (whatever URL led there) and the engine's own query, with the user's tenants and
 * authorizations. Used where the engine fails on such an object with a 5xx: for an object the user may
 * not see, that failure would tell it exists.
 */
final class Visibility {

  private static final Map<Class<?>, BiFunction<ProcessEngine, String, Long>> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put(TaskResource.class, (e, id) -> e.getTaskService().createTaskQuery().taskId(id).count());
    QUERIES.put(ProcessInstanceResource.class,
        (e, id) -> e.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count());
    QUERIES.put(ExecutionResource.class, (e, id) -> e.getRuntimeService().createExecutionQuery().executionId(id).count());
    QUERIES.put(VariableInstanceResource.class,
        (e, id) -> e.getRuntimeService().createVariableInstanceQuery().variableId(id).count());
    QUERIES.put(JobResource.class, (e, id) -> e.getManagementService().createJobQuery().jobId(id).count());
    QUERIES.put(IncidentResource.class, (e, id) -> e.getRuntimeService().createIncidentQuery().incidentId(id).count());
    QUERIES.put(ExternalTaskResource.class,
        (e, id) -> e.getExternalTaskService().createExternalTaskQuery().externalTaskId(id).count());
    QUERIES.put(HistoricProcessInstanceResource.class,
        (e, id) -> e.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count());
    QUERIES.put(HistoricActivityInstanceResource.class,
        (e, id) -> e.getHistoryService().createHistoricActivityInstanceQuery().activityInstanceId(id).count());
    QUERIES.put(HistoricVariableInstanceResource.class,
        (e, id) -> e.getHistoryService().createHistoricVariableInstanceQuery().variableId(id).count());
    QUERIES.put(HistoricDetailResource.class, (e, id) -> e.getHistoryService().createHistoricDetailQuery().detailId(id).count());
    QUERIES.put(HistoricDecisionInstanceResource.class,
        (e, id) -> e.getHistoryService().createHistoricDecisionInstanceQuery().decisionInstanceId(id).count());
    QUERIES.put(HistoricJobLogResource.class, (e, id) -> e.getHistoryService().createHistoricJobLogQuery().logId(id).count());
  }

  private Visibility() {}

  /** False when the request is about one object by id, and the user cannot see that object. */
  static boolean visible(ContainerRequestContext request) {
    if (!(request.getUriInfo() instanceof ExtendedUriInfo uri)) {
      return true;
    }
    String id = uri.getPathParameters().getFirst("id");
    if (id == null) {
      return true;
    }
    for (Object resource : uri.getMatchedResources()) {
      for (Map.Entry<Class<?>, BiFunction<ProcessEngine, String, Long>> query : QUERIES.entrySet()) {
        if (query.getKey().isInstance(resource)) {
          ProcessEngine engine = engine(uri.getPathParameters().getFirst("name"));
          return engine == null || query.getValue().apply(engine, id) > 0;
        }
      }
    }
    return true;
  }

  private static ProcessEngine engine(String name) {
    return name == null ? ProcessEngines.getDefaultProcessEngine(false) : ProcessEngines.getProcessEngine(name, false);
  }
}
