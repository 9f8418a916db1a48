package nl.werkpad.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * By-id access to another municipality's task or instance fails in the engine's tenant check
 * (ENGINE-13034), which the REST API answers with a 500 that names the object. Integrators get a 404
 * instead: for them the object does not exist, as it does not in every query they make.
 */
@Provider
public class OtherTenantResponseFilter implements ContainerResponseFilter {

  static final String TENANT_CHECK_FAILED = "ENGINE-13034";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == 500 && response.getEntity() instanceof ExceptionDto error
        && error.getMessage() != null && error.getMessage().contains(TENANT_CHECK_FAILED)) {
      response.setStatus(404);
      response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
      response.setEntity(Map.of("type", "NotFound",
          "message", "Niet gevonden: dit bestaat niet, of hoort bij een gemeente waarvoor je niet werkt."));
    }
  }
}
