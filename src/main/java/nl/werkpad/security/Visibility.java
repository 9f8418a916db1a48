package nl.werkpad.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.history.HistoricProcessInstanceRestService;
import org.camunda.bpm.engine.rest.sub.batch.BatchResource;
import org.camunda.bpm.engine.rest.sub.externaltask.ExternalTaskResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricActivityInstanceResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricDecisionInstanceResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricDetailResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricJobLogResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricProcessInstanceResource;
import org.camunda.bpm.engine.rest.sub.history.HistoricVariableInstanceResource;
import org.camunda.bpm.engine.rest.sub.management.JobDefinitionResource;
import org.camunda.bpm.engine.rest.sub.repository.DecisionDefinitionResource;
import org.camunda.bpm.engine.rest.sub.repository.DecisionRequirementsDefinitionResource;
import org.camunda.bpm.engine.rest.sub.repository.DeploymentResource;
import org.camunda.bpm.engine.rest.sub.repository.ProcessDefinitionResource;
import org.camunda.bpm.engine.rest.sub.runtime.ExecutionResource;
import org.camunda.bpm.engine.rest.sub.runtime.FilterResource;
import org.camunda.bpm.engine.rest.sub.runtime.IncidentResource;
import org.camunda.bpm.engine.rest.sub.runtime.JobResource;
import org.camunda.bpm.engine.rest.sub.runtime.ProcessInstanceResource;
import org.camunda.bpm.engine.rest.sub.runtime.VariableInstanceResource;
import org.camunda.bpm.engine.rest.sub.task.TaskResource;
import org.glassfish.jersey.server.ExtendedUriInfo;

/**
 * An object a user may not see does not exist for them: a request about one object by id is answered
 * 404 before anything is done with it, when the engine's own query (with the user's tenants and
 * authorizations) does not find it for the user. Whether it exists and belongs to another municipality,
 * or exists nowhere, the answer is the same ({@link Refusals#notVisible()}), and nothing happens to it.
 * The check follows the resource the REST API matched, whatever URL led there.
 */
@Priority(Priorities.AUTHORIZATION)
public final class Visibility implements ContainerRequestFilter {

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
    // Its /{id}/variable-instances is a method of the service itself, not of a sub-resource.
    QUERIES.put(HistoricProcessInstanceRestService.class,
        (e, id) -> e.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count());
    QUERIES.put(HistoricActivityInstanceResource.class,
        (e, id) -> e.getHistoryService().createHistoricActivityInstanceQuery().activityInstanceId(id).count());
    QUERIES.put(HistoricVariableInstanceResource.class,
        (e, id) -> e.getHistoryService().createHistoricVariableInstanceQuery().variableId(id).count());
    QUERIES.put(HistoricDetailResource.class, (e, id) -> e.getHistoryService().createHistoricDetailQuery().detailId(id).count());
    QUERIES.put(HistoricDecisionInstanceResource.class,
        (e, id) -> e.getHistoryService().createHistoricDecisionInstanceQuery().decisionInstanceId(id).count());
    QUERIES.put(HistoricJobLogResource.class, (e, id) -> e.getHistoryService().createHistoricJobLogQuery().logId(id).count());
    QUERIES.put(ProcessDefinitionResource.class,
        (e, id) -> e.getRepositoryService().createProcessDefinitionQuery().processDefinitionId(id).count());
    QUERIES.put(DecisionDefinitionResource.class,
        (e, id) -> e.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionId(id).count());
    QUERIES.put(DecisionRequirementsDefinitionResource.class,
        (e, id) -> e.getRepositoryService().createDecisionRequirementsDefinitionQuery().decisionRequirementsDefinitionId(id).count());
    QUERIES.put(DeploymentResource.class, (e, id) -> e.getRepositoryService().createDeploymentQuery().deploymentId(id).count());
    QUERIES.put(JobDefinitionResource.class,
        (e, id) -> e.getManagementService().createJobDefinitionQuery().jobDefinitionId(id).count());
    QUERIES.put(BatchResource.class, (e, id) -> e.getManagementService().createBatchQuery().batchId(id).count());
    QUERIES.put(FilterResource.class, (e, id) -> e.getFilterService().createFilterQuery().filterId(id).count());
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!visible(request)) {
      request.setProperty(RestAnswers.NOT_VISIBLE, Boolean.TRUE);
      request.abortWith(Response.status(404).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(RestAnswers.body(Refusals.notVisible())).build());
    }
  }

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
