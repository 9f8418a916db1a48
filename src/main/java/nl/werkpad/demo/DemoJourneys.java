package nl.werkpad.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.werkpad.journey.JourneyVariables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A few journeys of fictitious persons in different stages, so that a newcomer's Tasklist is not
 * empty. Created once: an engine property remembers it, across restarts and nodes. The persons are in
 * the embedded person registry; the persons of the contract stay free for a newcomer to start with.
 */
@Component
public class DemoJourneys {

  static final String CREATED_PROPERTY = "werkpad.demo.journeys.created";
  private static final Logger LOG = LoggerFactory.getLogger(DemoJourneys.class);
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  public DemoJourneys(RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  public void createOnce() {
    if (management.getProperties().containsKey(CREATED_PROPERTY)) {
      return;
    }
    // Gouda: one in every stage of the path to Promen.
    start("999990019", "0513");
    referred(start("999990020", "0513"), "DETACHERING");
    inTrajectory(start("999990032", "0513"), "LEERWERKTRAJECT", "WERKERVARINGSPLAATS");
    // Capelle: its own client, invisible to Gouda.
    start("999990044", "0502");
    // Roosendaal referred to WVS, Winterswijk accepted by Werkbaan Oost, Alphen referred to its own
    // team, De Ronde Venen writing the plan.
    referred(start("999990056", "1674"), "DETACHERING");
    waitingForUwv(start("999990172", "1674"));
    accepted(referred(start("999990068", "0294"), "LEERWERKTRAJECT"));
    referred(start("999990081", "0484"), "LEERWERKTRAJECT");
    intakeDone(start("999990093", "0736"));
    management.setProperty(CREATED_PROPERTY, "true");
    LOG.info("Demo-klantreizen aangemaakt");
  }

  private String start(String bsn, String woongemeente) {
    ProcessInstance journey = runtime.startProcessInstanceByKey(JourneyVariables.CLIENT_JOURNEY,
        Variables.putValue(JourneyVariables.BSN, bsn).putValue(JourneyVariables.WOONGEMEENTE, woongemeente));
    return runtime.createProcessInstanceQuery().processInstanceId(journey.getId()).singleResult().getBusinessKey();
  }

  /** Brede intake held (a young person's zoektermijn waived first); the plan van aanpak is next. */
  private String intakeDone(String journey) {
    if (openTask(journey, "UserTask_Zoektermijn", "UserTask_BredeIntake").getTaskDefinitionKey()
        .equals("UserTask_Zoektermijn")) {
      complete(journey, "UserTask_Zoektermijn", Map.of("zoektermijnOpheffingReden", "Demo: kwetsbare jongere"));
    }
    Map<String, Object> intake = new HashMap<>(Map.of("participatieladder", "3", "taaleis", "VOLDAAN",
        "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
        "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", true));
    intake.put("intakeToelichting", "Demo: brede intake gehouden, geen belemmeringen in taal of zorg.");
    complete(journey, "UserTask_BredeIntake", intake);
    return journey;
  }

  /** Plan written with the given route; the uitvoerder has yet to accept the referral. */
  private String referred(String journey, String route) {
    intakeDone(journey);
    complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "ANDERE_ROUTE", "route", route,
        "routeAfwijkingReden", "Demo: route besproken met de klant",
        "doelen", "Binnen 6 maanden 16 uur per week aan het werk.", "evaluatieIntervalMaanden", 6));
    return journey;
  }

  /** Beschut werk chosen; the request went to UWV and the klantmanager waits for the advice. */
  private void waitingForUwv(String journey) {
    Map<String, Object> intake = new HashMap<>(Map.of("participatieladder", "3", "taaleis", "VOLDAAN",
        "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
        "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", true));
    intake.put("begeleidingNodig", true);
    intake.put("intakeToelichting", "Demo: werkt goed onder vaste begeleiding, raakt zonder toezicht overvraagd.");
    complete(journey, "UserTask_BredeIntake", intake);
    complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "VOORSTEL",
        "doelen", "Een vaste baan in een beschutte omgeving, 24 uur per week.", "evaluatieIntervalMaanden", 6));
    complete(journey, "UserTask_AanvraagVersturen",
        Map.of("uwvAdviesAangevraagdOp", java.time.LocalDate.now().minusDays(10).toString()));
  }

  private String accepted(String journey) {
    complete(journey, "UserTask_AanmeldingBeoordelen", Map.of("beoordeling", "AANGENOMEN"));
    complete(journey, "UserTask_Driegesprek", Map.of("driegesprekDatum", "2026-09-24",
        "driegesprekVerslag", "Demo: kennismaking met de trajectbegeleider"));
    return journey;
  }

  private void inTrajectory(String journey, String route, String instrument) {
    accepted(referred(journey, route));
    // Started seven months ago, so its first evaluation is due.
    complete(journey, "UserTask_TrajectStarten", Map.of("instrument", instrument,
        "trajectStartdatum", java.time.LocalDate.now().minusMonths(7).toString(), "werkplek", "Demo: groenonderhoud"));
  }

  private void complete(String journey, String taskDefinitionKey, Map<String, Object> variables) {
    tasks.complete(openTask(journey, taskDefinitionKey).getId(), variables);
  }

  /**
   * The journey's open task of one of these kinds, once the backend calls before it (BRP, zaak) have run: this runs their
   * jobs itself, as the job executor may not have started yet.
   */
  private Task openTask(String journey, String... taskDefinitionKeys) {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(giveUp)) {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(journey).taskDefinitionKeyIn(taskDefinitionKeys)
          .singleResult();
      if (task != null) {
        return task;
      }
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey).list().forEach(instance ->
          management.createJobQuery().processInstanceId(instance.getId()).executable().list().forEach(job -> {
            try {
              management.executeJob(job.getId());
            } catch (ProcessEngineException takenOrFailed) {
              // The job executor took it, or it failed and will retry: look again shortly.
            }
          }));
      pause();
    }
    throw new IllegalStateException("Demo-klantreis " + journey + " komt niet bij een taak");
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
