package nl.werkpad.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Installs Werkpad's command guard in the engine's command chain, where every path arrives, and the
 * authorizations a task handed on may give.
 */
@Component
class SecurityPlugin extends AbstractProcessEnginePlugin {

  private final List<MessageGuard> messageGuards;

  SecurityPlugin(List<MessageGuard> messageGuards) {
    this.messageGuards = messageGuards;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // After the command context exists, so the guard knows who asks; for commands with and without a transaction.
    List<CommandInterceptor> txRequired = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    txRequired.add(new EngineCommandGuard(messageGuards));
    configuration.setCustomPostCommandInterceptorsTxRequired(txRequired);
    List<CommandInterceptor> txRequiresNew = configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequiresNew());
    txRequiresNew.add(new EngineCommandGuard(messageGuards));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(txRequiresNew);
    configuration.setResourceAuthorizationProvider(new TenantBoundTaskAuthorizations());
  }
}
