package nl.werkpad.modellen;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/**
 * Installs what every model passes: the check of a deployment before the engine takes it, and the sandbox
 * in which the engine evaluates every expression of every model.
 */
@Component
class ModellenPlugin extends AbstractProcessEnginePlugin {

  private final DeploymentCheck check;
  private final ExpressionSandbox sandbox;

  ModellenPlugin(DeploymentCheck check, ExpressionSandbox sandbox) {
    this.check = check;
    this.sandbox = sandbox;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(check);
    configuration.setCustomPreDeployers(deployers);
    // In place of Spring's expression manager, which would give every model every bean of the application.
    configuration.setExpressionManager(new SandboxedExpressionManager(sandbox));
  }
}
