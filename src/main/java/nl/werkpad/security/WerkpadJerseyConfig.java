package nl.werkpad.security;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;

/** Camunda's REST resources plus Werkpad's precise answers to refused requests. */
@ApplicationPath("/engine-rest")
public class WerkpadJerseyConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(JourneyStartRejectedMapper.class);
    register(OtherTenantResponseFilter.class);
  }
}
