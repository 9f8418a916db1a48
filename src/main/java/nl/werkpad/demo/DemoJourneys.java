package nl.werkpad.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.werkpad.kernel.BsnMasking;
import nl.werkpad.journey.JourneyVariables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
    List<Demo> demos = List.of(
        // Gouda: one in every stage of the path to Promen.
        new Demo("Gouda, aangemeld", "999990019", "0513", journey -> { }),
        new Demo("Gouda, verwezen", "999990020", "0513", journey -> referred(journey, "DETACHERING")),
        new Demo("Gouda, in traject", "999990032", "0513",
            journey -> inTrajectory(journey, "LEERWERKTRAJECT", "WERKERVARINGSPLAATS")),
        // Capelle: its own client, invisible to Gouda.
        new Demo("Capelle aan den IJssel, aangemeld", "999990044", "0502", journey -> { }),
        // Roosendaal referred to WVS, Winterswijk accepted by Werkbaan Oost, Alphen referred to its own
        // team, De Ronde Venen writing the plan.
        new Demo("Roosendaal, verwezen", "999990056", "1674", journey -> referred(journey, "DETACHERING")),
        new Demo("Roosendaal, wacht op UWV-advies", "999990172", "1674", this::waitingForUwv),
        new Demo("Winterswijk, verwijzing aangenomen", "999990068", "0294",
            journey -> accepted(referred(journey, "LEERWERKTRAJECT"))),
        new Demo("Alphen aan den Rijn, verwezen", "999990081", "0484", journey -> referred(journey, "LEERWERKTRAJECT")),
        new Demo("De Ronde Venen, intake gehouden", "999990093", "0736", this::intakeDone));
    long prepared = demos.stream().filter(this::prepare).count();
    // Also when some could not be prepared: those journeys exist and wait, and a second set would only
    // meet them as repeated aanmeldingen.
    management.setProperty(CREATED_PROPERTY, "true");
    if (prepared == demos.size()) {
      LOG.info("Demo-klantreizen aangemaakt");
    } else {
      LOG.info("Demo-klantreizen aangemaakt; {} van de {} niet voorbereid, zie de waarschuwingen", demos.size() - prepared,
          demos.size());
    }
  }

  /**
   * Starts one demo journey and walks it to its stage. A step that cannot proceed (a backend that fails,
   * a task that does not come) stops this journey only: it waits where it is, the engine's retries and
   * incident as for any journey, and the application starts all the same.
   */
  private boolean prepare(Demo demo) {
    String journey = null;
    try {
      journey = start(demo.bsn(), demo.woongemeente());
      demo.walk().accept(journey);
      return true;
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      // One line, and no BSN in it whatever the exception says (the log output masks too).
      LOG.warn("Demo-klantreis {} ({}) is niet voorbereid: {}", journey == null ? "niet gestart" : journey,
          demo.description(), BsnMasking.mask(reason).replaceAll("\\s*[\\r\\n]+\\s*", " "));
      LOG.debug("Demo-klantreis niet voorbereid", e);
      return false;
    }
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
   * jobs itself, as the job executor may not have started yet. A job that fails, here or in the job executor, is left to
   * the engine (its retries, then an incident): the journey will not reach the task now, so this gives up on it.
   */
  private Task openTask(String journey, String... taskDefinitionKeys) {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(giveUp)) {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(journey).taskDefinitionKeyIn(taskDefinitionKeys)
          .singleResult();
      if (task != null) {
        return task;
      }
      List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey).list().stream()
          .map(ProcessInstance::getId).toList();
      for (String instance : instances) {
        for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
          try {
            management.executeJob(job.getId());
          } catch (RuntimeException takenOrFailed) {
            // Taken by the job executor, or failed: the engine rethrows what the step threw (a backend's exception,
            // not only its own), after it counted the attempt on the job. A failure shows on the job, below.
          }
        }
      }
      for (String instance : instances) {
        Job failed = management.createJobQuery().processInstanceId(instance).withException().listPage(0, 1).stream()
            .findFirst().orElse(null);
        if (failed != null) {
          throw new StepFailed(failed);
        }
      }
      pause();
    }
    throw new IllegalStateException("komt niet binnen " + PATIENCE.toSeconds() + " s bij een taak");
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A demo journey: who, where, and how far it is walked (the journey number in, as {@link #start} gives it). */
  private record Demo(String description, String bsn, String woongemeente, Consumer<String> walk) {}

  /** A step of a demo journey failed; the engine holds the job, with its retries, and raises the incident. */
  private static final class StepFailed extends RuntimeException {

    StepFailed(Job job) {
      super("stap " + (job.getFailedActivityId() == null ? "?" : job.getFailedActivityId()) + " mislukte: "
          + job.getExceptionMessage() + " De klantreis wacht bij die stap; " + (job.getRetries() > 0
              ? "de engine probeert het nog " + job.getRetries() + " keer, daarna volgt een incident."
              : "er is een incident."), null, false, false);
    }
  }
}
