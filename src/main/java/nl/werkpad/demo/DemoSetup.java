package nl.werkpad.demo;

import nl.werkpad.tasklist.TasklistFilters;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Runs once the models are deployed: Tasklist filters always, the demo set-up when switched on. */
@Component
public class DemoSetup {

  private final TasklistFilters filters;
  private final DemoIdentities identities;
  private final DemoJourneys journeys;
  private final boolean demoEnabled;
  private final boolean demoJourneysEnabled;

  public DemoSetup(TasklistFilters filters, DemoIdentities identities, DemoJourneys journeys,
      @Value("${werkpad.demo.enabled:false}") boolean demoEnabled,
      @Value("${werkpad.demo.journeys:false}") boolean demoJourneysEnabled) {
    this.filters = filters;
    this.identities = identities;
    this.journeys = journeys;
    this.demoEnabled = demoEnabled;
    this.demoJourneysEnabled = demoJourneysEnabled;
  }

  @EventListener(PostDeployEvent.class)
  public void afterDeployment() {
    filters.ensure();
    if (demoEnabled) {
      identities.create();
      if (demoJourneysEnabled) {
        journeys.createOnce();
      }
    }
  }
}
