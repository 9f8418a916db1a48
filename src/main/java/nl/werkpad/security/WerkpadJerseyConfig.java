package nl.werkpad.security;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;

/** Camunda's REST resources plus Werkpad's answer to another municipality's objects. */
@ApplicationPath("/engine-rest")
public class WerkpadJerseyConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(OtherTenantResponseFilter.class);
  }
}
