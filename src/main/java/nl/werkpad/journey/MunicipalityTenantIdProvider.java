package nl.werkpad.journey;

import nl.werkpad.region.Regions;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Every process instance of a journey belongs to the tenant of the woongemeente (gm + CBS code). The
 * definitions are shared by all municipalities; this gives each instance its tenant, and called
 * instances the tenant of their caller. The engine does not check a chosen tenant against the user's
 * memberships, so the start policy does.
 */
public class MunicipalityTenantIdProvider implements TenantIdProvider {

  private final JourneyStartPolicy startPolicy;

  public MunicipalityTenantIdProvider(JourneyStartPolicy startPolicy) {
    this.startPolicy = startPolicy;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    String key = ctx.getProcessDefinition().getKey();
    if (JourneyVariables.CLIENT_JOURNEY.equals(key) || JourneyVariables.WSW_DIENSTVERBAND.equals(key)) {
      return Regions.tenantId(startPolicy.municipalityFor(ctx.getVariables()));
    }
    // What Werkpad starts for a journey after it (the closing of a cancelled journey's zaken) is that municipality's.
    if (JourneyVariables.JOURNEY_CANCELLATION.equals(key) && ctx.getVariables().get(JourneyVariables.WOONGEMEENTE) instanceof String code
        && Regions.municipalityCode(Regions.tenantId(code)).isPresent()) {
      return Regions.tenantId(code);
    }
    return null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    // A decision taken in a journey is that municipality's history.
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
