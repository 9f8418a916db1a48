package nl.werkpad.journey;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs the municipality tenant provider in the engine. */
@Component
public class TenantIdProviderPlugin extends AbstractProcessEnginePlugin {

  private final JourneyStartPolicy startPolicy;

  public TenantIdProviderPlugin(JourneyStartPolicy startPolicy) {
    this.startPolicy = startPolicy;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new MunicipalityTenantIdProvider(startPolicy));
  }
}
