package nl.werkpad.journey;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Repairs a journey register that drifted from the engine before the register followed its history
 * events ({@link JourneyRegisterSync}): an active journey whose process instance is gone (cancelled with
 * "skip custom listeners", say) is ended as cancelled, and its zaken are closed, as if it had ended then.
 * Runs once per database at start-up, and whenever an administrator asks
 * ({@code POST /werkpad/api/klantreizen/herstel}).
 */
@Component
public class JourneyRegisterRepair {

  static final String DONE_PROPERTY = "werkpad.register.hersteld";
  private static final Logger LOG = LoggerFactory.getLogger(JourneyRegisterRepair.class);
  private static final int PAGE = 500;

  private final JourneyRepository journeys;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  JourneyRegisterRepair(JourneyRepository journeys, @Lazy RuntimeService runtime, @Lazy ManagementService management, TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
    this.journeys = journeys;
    this.runtime = runtime;
    this.management = management;
    this.transaction = transaction;
    this.clock = clock;
    this.events = events;
  }

  /** How many active journeys were compared with the engine, and how many of them were ended. */
  public record Result(int gecontroleerd, int beeindigd) {}

  @EventListener(PostDeployEvent.class)
  @Order(5)
  public void onceAtStartUp() {
    if (!management.getProperties().containsKey(DONE_PROPERTY)) {
      Result result = repair();
      management.setProperty(DONE_PROPERTY, "true");
      if (result.beeindigd() > 0) {
        LOG.warn("Klantreizenregister hersteld: {} van {} lopende klantreizen hadden geen proces meer en zijn als "
            + "geannuleerd beëindigd", result.beeindigd(), result.gecontroleerd());
      }
    }
  }

  public Result repair() {
    int checked = 0;
    int ended = 0;
    long after = 0;
    for (List<Journey> page = journeys.findActiveAfter(after, PageRequest.of(0, PAGE)); !page.isEmpty();
        page = journeys.findActiveAfter(after, PageRequest.of(0, PAGE))) {
      Set<String> ids = page.stream().map(Journey::getProcessInstanceId).collect(Collectors.toSet());
      Set<String> running = runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
          .map(ProcessInstance::getId).collect(Collectors.toSet());
      for (Journey journey : page) {
        if (!running.contains(journey.getProcessInstanceId())) {
          transaction.executeWithoutResult(status -> endAsCancelled(journey.getId()));
          ended++;
        }
      }
      checked += page.size();
      after = page.get(page.size() - 1).getId();
    }
    return new Result(checked, ended);
  }

  private void endAsCancelled(Long id) {
    journeys.findById(id).filter(Journey::isActive).ifPresent(journey -> {
      journey.end(JourneyVariables.GEANNULEERD, clock.instant());
      journeys.flush();
      events.publishEvent(new JourneyEnded(journey.getId(), journey.getNumber(), journey.getWoongemeente(),
          journey.getUitkomst(), true));
    });
  }
}
