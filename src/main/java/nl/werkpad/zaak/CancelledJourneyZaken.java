package nl.werkpad.zaak;

import java.util.Map;
import nl.werkpad.journey.JourneyEnded;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.kernel.ModelApi;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A journey cancelled before its closing (in Cockpit, over the REST API, with or without its listeners)
 * closes its open zaken as its closing would, with resultaat GEANNULEERD. The embedded register does it
 * at once, in the transaction that ends the journey. An external zaaksysteem gets it from the process
 * {@value #PROCESS}, started in that transaction, whose step retries and becomes an incident when the
 * zaaksysteem cannot be reached: a cancellation never waits for, or fails on, a backend.
 */
@Component
class CancelledJourneyZaken {

  static final String PROCESS = JourneyVariables.JOURNEY_CANCELLATION;
  /** The number of the cancelled journey whose zaken the process closes. */
  static final String GEANNULEERDE_KLANTREIS = "geannuleerdeKlantreis";

  private final CaseRegistry cases;
  private final RuntimeService runtime;

  CancelledJourneyZaken(CaseRegistry cases, @Lazy RuntimeService runtime) {
    this.cases = cases;
    this.runtime = runtime;
  }

  @EventListener
  void journeyEnded(JourneyEnded ended) {
    if (!ended.cancelled()) {
      return;
    }
    if (cases.undoneWithTheJourney()) {
      close(ended.journeyNumber());
      return;
    }
    Map<String, Object> variables = Map.of(GEANNULEERDE_KLANTREIS, ended.journeyNumber(),
        JourneyVariables.WOONGEMEENTE, ended.woongemeente());
    // Whoever cancelled (an administrator, or the repair at start-up): the zaken are closed for the journey.
    Context.getCommandContext().runWithoutAuthorization(() -> runtime.startProcessInstanceByKey(PROCESS, variables));
  }

  private void close(String journeyNumber) {
    cases.openZakenOf(journeyNumber).forEach(zaak ->
        cases.close(zaak, JourneyVariables.GEANNULEERD, "Klantreis " + journeyNumber + " is geannuleerd."));
  }

  /** "Zaken sluiten" ({@code ${geannuleerdeZakenSluiten}}) in {@value #PROCESS}: safe to repeat. */
  @ModelApi
  @Component("geannuleerdeZakenSluiten")
  static class Step implements JavaDelegate {

    private final CancelledJourneyZaken zaken;

    Step(CancelledJourneyZaken zaken) {
      this.zaken = zaken;
    }

    @Override
    public void execute(DelegateExecution execution) {
      zaken.close((String) execution.getVariable(GEANNULEERDE_KLANTREIS));
    }
  }
}
