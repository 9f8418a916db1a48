package nl.werkpad.demo;

import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo set-up, once the models are deployed and the tenants synced, when switched on (never in production). */
@Component
public class DemoSetup {

  private final DemoIdentities identities;
  private final DemoJourneys journeys;
  private final boolean demoEnabled;
  private final boolean demoJourneysEnabled;

  public DemoSetup(DemoIdentities identities, DemoJourneys journeys,
      @Value("${werkpad.demo.enabled:false}") boolean demoEnabled,
      @Value("${werkpad.demo.journeys:false}") boolean demoJourneysEnabled) {
    this.identities = identities;
    this.journeys = journeys;
    this.demoEnabled = demoEnabled;
    this.demoJourneysEnabled = demoJourneysEnabled;
  }

  @EventListener(PostDeployEvent.class)
  @Order(10)
  public void afterDeployment() {
    if (demoEnabled) {
      identities.create();
      if (demoJourneysEnabled) {
        journeys.createOnce();
      }
    }
  }
}
