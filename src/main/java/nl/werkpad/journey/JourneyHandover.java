package nl.werkpad.journey;

import nl.werkpad.kernel.ModelApi;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Service task "Overdragen aan gemeente van inschrijving" ({@code ${journeyHandover}}): the person is
 * registered in another Werkpad municipality. This journey ends as handed over and a new one starts
 * there, under that municipality's tenant, with a link back. One transaction: both or neither.
 */
@ModelApi
@Component("journeyHandover")
public class JourneyHandover implements JavaDelegate {

  static final String OVERGEDRAGEN = "OVERGEDRAGEN";

  private final JourneyRecords journeys;
  private final RuntimeService runtime;

  JourneyHandover(JourneyRecords journeys, @Lazy RuntimeService runtime) {
    this.journeys = journeys;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String journeyNumber = execution.getProcessBusinessKey();
    journeys.endNow(journeyNumber, OVERGEDRAGEN);
    String newJourney = runtime.startProcessInstanceByKey(JourneyVariables.CLIENT_JOURNEY, Variables
            .putValue(JourneyVariables.BSN, execution.getVariable(JourneyVariables.BSN))
            .putValue(JourneyVariables.WOONGEMEENTE, execution.getVariable("gemeenteVanInschrijving"))
            .putValue("overgedragenVan", journeyNumber))
        .getBusinessKey();
    execution.setVariable(JourneyVariables.UITKOMST, OVERGEDRAGEN);
    execution.setVariable("overgedragenAan", newJourney);
  }
}
