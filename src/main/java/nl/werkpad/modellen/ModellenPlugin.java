package nl.werkpad.modellen;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/** Installs the check that every deployment passes before the engine takes it. */
@Component
class ModellenPlugin extends AbstractProcessEnginePlugin {

  private final DeploymentCheck check;

  ModellenPlugin(DeploymentCheck check) {
    this.check = check;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(check);
    configuration.setCustomPreDeployers(deployers);
  }
}
