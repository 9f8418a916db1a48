package nl.werkpad.security;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;

/**
 * Camunda's REST resources plus Werkpad's answer to objects a user may not see.
 */
@ApplicationPath("/engine-rest")
public class WerkpadJerseyConfig extends CamundaJerseyResourceConfig {

  private final ProcessEngine engine;

  public WerkpadJerseyConfig(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void registerAdditionalResources() {
    register(new OtherTenantResponseFilter(engine));
  }
}
