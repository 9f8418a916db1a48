package nl.werkpad.security;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;

/**
 * Camunda's REST resources plus Werkpad's answer to objects a user may not see, and its checks on
 * messages that the engine alone would correlate too freely.
 */
@ApplicationPath("/engine-rest")
public class WerkpadJerseyConfig extends CamundaJerseyResourceConfig {

  private final ProcessEngine engine;
  private final List<ContainerRequestFilter> messageGuards;

  public WerkpadJerseyConfig(ProcessEngine engine, List<ContainerRequestFilter> messageGuards) {
    this.engine = engine;
    this.messageGuards = messageGuards;
  }

  @Override
  protected void registerAdditionalResources() {
    register(new OtherTenantResponseFilter(engine));
    messageGuards.forEach(this::register);
  }
}
