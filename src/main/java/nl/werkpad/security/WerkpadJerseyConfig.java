package nl.werkpad.security;

import jakarta.ws.rs.ApplicationPath;
import nl.werkpad.beschutwerk.UwvAdviesMessageGuard;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;

/**
 * Camunda's REST resources plus Werkpad's answer to objects a user may not see, and its checks on
 * messages that the engine alone would correlate too freely.
 */
@ApplicationPath("/engine-rest")
public class WerkpadJerseyConfig extends CamundaJerseyResourceConfig {

  private final ProcessEngine engine;
  private final UwvAdviesMessageGuard uwvAdviesMessageGuard;

  public WerkpadJerseyConfig(ProcessEngine engine, UwvAdviesMessageGuard uwvAdviesMessageGuard) {
    this.engine = engine;
    this.uwvAdviesMessageGuard = uwvAdviesMessageGuard;
  }

  @Override
  protected void registerAdditionalResources() {
    register(new OtherTenantResponseFilter(engine));
    register(uwvAdviesMessageGuard);
  }
}
