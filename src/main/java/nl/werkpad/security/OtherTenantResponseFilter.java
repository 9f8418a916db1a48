package nl.werkpad.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * A task or process instance a user may not see does not exist for them, also when they ask for it by
 * id. The REST API would tell them otherwise: another municipality's object fails the engine's tenant
 * check with a 500 that names it (ENGINE-13034), an unreferred client in a trajectbegeleider's own
 * tenants fails the authorization check with a 403 that names the process, and an unknown id gives yet
 * another 500. For the by-id requests on a task or instance, every failure on an object the user cannot
 * see becomes the same 404, so nobody learns that a client exists or in which stage.
 */
@Provider
public class OtherTenantResponseFilter implements ContainerResponseFilter {

  private static final Set<Integer> FAILURES = Set.of(403, 500);
  private static final Map<String, String> NOT_FOUND = Map.of("type", "NotFound",
      "message", "Niet gevonden: dit bestaat niet, of hoort bij een klant die je niet mag zien.");

  private final ProcessEngine engine;

  public OtherTenantResponseFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!FAILURES.contains(response.getStatus())) {
      return;
    }
    List<PathSegment> path = request.getUriInfo().getPathSegments();
    if (path.size() < 3) {
      return;
    }
    String resource = path.get(0).getPath();
    String id = path.get(1).getPath();
    boolean invisible = switch (resource) {
      case "task" -> engine.getTaskService().createTaskQuery().taskId(id).count() == 0;
      case "process-instance" -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() == 0;
      default -> false;
    };
    if (invisible) {
      response.setStatus(404);
      response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
      response.setEntity(NOT_FOUND);
    }
  }
}
