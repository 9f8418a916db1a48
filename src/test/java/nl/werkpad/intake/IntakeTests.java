package nl.werkpad.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.journey.RejectedInputException;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the intake at the woongemeente, with the embedded BRP and zaaksysteem: found or not,
 * registered here or elsewhere, young or not, stopped or planned, and a second aanmelding.
 */
@ApplicationTest
abstract class IntakeTests {

  static final String GOUDA = "999993653";
  static final String NOT_IN_BRP = "999990482";
  static final String BERKELLAND = "999991723";
  static final String ROOSENDAAL_22 = "999990639";
  static final String WINTERSWIJK = "999993872";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JourneyRepository journeys;
  @Autowired IntakeDossiers dossiers;
  @Autowired JourneyDriver driver;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    driver.deleteAll();
  }

  @Test
  void personDataComeFromTheBrpAndTheZaakIsMade() {
    ProcessInstance journey = driver.start(WINTERSWIJK, "0294");
    Task intake = driver.openTask(journey, "UserTask_BredeIntake");
    Map<String, Object> variables = runtime.getVariables(intake.getExecutionId());
    assertThat(variables).containsEntry("persoonGevonden", true).containsEntry("leeftijd", 45)
        .containsEntry("gemeenteVanInschrijving", "0294").containsEntry("geheimhouding", false);
    assertThat((String) variables.get("persoonNaam")).isNotBlank();
    assertThat((String) variables.get("adres")).contains("Winterswijk");
    assertThat((String) variables.get("zaaknummer")).isNotBlank().doesNotContain(WINTERSWIJK);
    IntakeDossier dossier = dossiers.find(driver.journeyNumber(journey)).orElseThrow();
    assertThat(dossier.getNaam()).isEqualTo(variables.get("persoonNaam"));
    assertThat(dossier.getZaaknummer()).isEqualTo(variables.get("zaaknummer"));
  }

  @Test
  void unknownPersonIsCorrectedOrStopped() {
    ProcessInstance journey = driver.start(NOT_IN_BRP, "0513");
    driver.openTask(journey, "UserTask_PersoonNietGevonden");
    assertRefused(() -> driver.complete(journey, "UserTask_PersoonNietGevonden",
        Map.of("gecorrigeerdBsn", "123456789", "nietGevondenVervolg", "OPNIEUW_ZOEKEN",
            "bsnCorrectieReden", "Typefout")), "elfproef");
    assertRefused(() -> driver.complete(journey, "UserTask_PersoonNietGevonden",
        Map.of("gecorrigeerdBsn", GOUDA, "nietGevondenVervolg", "OPNIEUW_ZOEKEN")), "waarom het BSN anders is");
    driver.complete(journey, "UserTask_PersoonNietGevonden", Map.of("gecorrigeerdBsn", GOUDA,
        "nietGevondenVervolg", "OPNIEUW_ZOEKEN", "bsnCorrectieReden", "Een cijfer verkeerd overgenomen"));
    driver.openTask(journey, "UserTask_BredeIntake");
    assertThat(journeys.findByActiveBsn(GOUDA)).isPresent();
    assertThat(journeys.findByActiveBsn(NOT_IN_BRP)).isEmpty();

    driver.deleteAll();
    ProcessInstance stopped = driver.start(NOT_IN_BRP, "0513");
    assertRefused(() -> driver.complete(stopped, "UserTask_PersoonNietGevonden",
        Map.of("nietGevondenVervolg", "STOPPEN")), "reden");
    driver.complete(stopped, "UserTask_PersoonNietGevonden",
        Map.of("nietGevondenVervolg", "STOPPEN", "stopReden", "Verkeerd aangemeld"));
    driver.openTask(stopped, "UserTask_UitkomstVastleggen");
  }

  @Test
  void personRegisteredElsewhereIsHandedOverNotProcessed() {
    ProcessInstance journey = driver.start(BERKELLAND, "0294");
    Task task = driver.openTask(journey, "UserTask_InschrijvingElders");
    assertThat(runtime.getVariable(task.getExecutionId(), "gemeenteVanInschrijvingNaam")).isEqualTo("Berkelland");
    assertThat(runtime.getVariable(task.getExecutionId(), "zaaknummer")).as("no zaak before it is ours").isNull();
    driver.complete(journey, "UserTask_InschrijvingElders", Map.of("inschrijvingVervolg", "OVERDRAGEN"));

    driver.openTask(journey, "UserTask_UitkomstVastleggen");
    assertThat(runtime.getVariable(journey.getId(), "uitkomst")).isEqualTo("OVERGEDRAGEN");
    String newNumber = (String) runtime.getVariable(journey.getId(), "overgedragenAan");
    ProcessInstance berkelland = runtime.createProcessInstanceQuery().processInstanceBusinessKey(newNumber)
        .processDefinitionKey("ClientJourney").singleResult();
    assertThat(berkelland.getTenantId()).isEqualTo("gm1859");
    Task there = driver.openTask(berkelland, "UserTask_BredeIntake");
    assertThat(tasks.getIdentityLinksForTask(there.getId())).extracting(l -> l.getGroupId())
        .containsExactly("klantmanagers-1859");
  }

  @Test
  void personRegisteredElsewhereCanBeStoppedWithAReason() {
    ProcessInstance journey = driver.start(BERKELLAND, "0294");
    assertRefused(() -> driver.complete(journey, "UserTask_InschrijvingElders",
        Map.of("inschrijvingVervolg", "STOPPEN")), "reden");
    driver.complete(journey, "UserTask_InschrijvingElders",
        Map.of("inschrijvingVervolg", "STOPPEN", "stopReden", "Verhuizing nog niet verwerkt"));
    driver.openTask(journey, "UserTask_UitkomstVastleggen");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ClientJourney").count()).isOne();
  }

  @Test
  void youngPersonWaitsFourWeeksBeforeTheIntakeContinues() {
    ProcessInstance journey = driver.start(ROOSENDAAL_22, "1674");
    driver.openTask(journey, "UserTask_Zoektermijn");
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(27))));
    driver.openTask(journey, "UserTask_Zoektermijn");
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(29))));
    driver.openTask(journey, "UserTask_BredeIntake");
  }

  @Test
  void klantmanagerMayWaiveTheZoektermijnWithAReason() {
    ProcessInstance journey = driver.start(ROOSENDAAL_22, "1674");
    assertRefused(() -> driver.complete(journey, "UserTask_Zoektermijn", Map.of()), "reden");
    driver.complete(journey, "UserTask_Zoektermijn", Map.of("zoektermijnOpheffingReden", "Kwetsbare jongere"));
    driver.openTask(journey, "UserTask_BredeIntake");
  }

  @Test
  void proposedRouteIsConfirmedOrOverriddenWithAJustification() {
    ProcessInstance journey = driver.start(GOUDA, "0513");
    // Arbeidsvermogen needs all four criteria: without it, ladder 3 means dagbesteding.
    Map<String, Object> answers = new HashMap<>(intake("3"));
    answers.put("kanVierUurPerDagWerken", false);
    driver.complete(journey, "UserTask_BredeIntake", answers);
    Task plan = driver.openTask(journey, "UserTask_PlanVanAanpak");
    assertThat(runtime.getVariable(plan.getExecutionId(), "arbeidsvermogen")).isEqualTo(false);
    assertThat(runtime.getVariable(plan.getExecutionId(), "routeVoorstel")).isEqualTo("DAGBESTEDING");

    assertRefused(() -> driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "ANDERE_ROUTE",
        "route", "LEERWERKTRAJECT", "doelen", "Werkritme opbouwen")), "afwijkt");
    driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "ANDERE_ROUTE", "route", "LEERWERKTRAJECT",
        "routeAfwijkingReden", "Klant wil en kan meer dan dagbesteding", "doelen", "Werkritme opbouwen"));

    IntakeDossier dossier = dossiers.find(driver.journeyNumber(journey)).orElseThrow();
    assertThat(dossier.getRouteVoorgesteld()).isEqualTo("DAGBESTEDING");
    assertThat(dossier.getRouteReden()).isNotBlank();
    assertThat(dossier.getRouteGekozen()).isEqualTo("LEERWERKTRAJECT");
    assertThat(dossier.getRouteAfwijkingReden()).isEqualTo("Klant wil en kan meer dan dagbesteding");
    assertThat(dossier.getEvaluatieIntervalMaanden()).isEqualTo(6);
    assertThat(dossier.getArbeidsvermogen()).isFalse();
    assertThat(dossier.getAntwoorden()).contains("\"kanVierUurPerDagWerken\":false").doesNotContain(GOUDA);
    driver.openTask(journey, "UserTask_AanmeldingBeoordelen");
  }

  @Test
  void taaleisNotMetNeedsATaaltrajectInThePlan() {
    ProcessInstance journey = driver.start(GOUDA, "0513");
    Map<String, Object> answers = new HashMap<>(intake("4"));
    answers.put("taaleis", "NIET_VOLDAAN");
    driver.complete(journey, "UserTask_BredeIntake", answers);
    assertRefused(() -> driver.complete(journey, "UserTask_PlanVanAanpak",
        Map.of("routeKeuze", "VOORSTEL", "doelen", "Werk")), "taaltraject");
    driver.complete(journey, "UserTask_PlanVanAanpak",
        Map.of("routeKeuze", "VOORSTEL", "doelen", "Werk en taal", "taaltraject", true));
    assertThat(dossiers.find(driver.journeyNumber(journey)).orElseThrow().getTaaltraject()).isTrue();
  }

  @Test
  void badIntakeAnswersAreRefusedInDutch() {
    ProcessInstance journey = driver.start(GOUDA, "0513");
    Map<String, Object> answers = new HashMap<>(intake("9"));
    assertRefused(() -> driver.complete(journey, "UserTask_BredeIntake", answers), "participatieladder");
    answers.put("participatieladder", "4");
    answers.put("loonwaarde", 140);
    assertRefused(() -> driver.complete(journey, "UserTask_BredeIntake", answers), "loonwaarde");
    driver.openTask(journey, "UserTask_BredeIntake");
  }

  @Test
  void secondAanmeldingBecomesATaskInTheRunningJourney() {
    ProcessInstance journey = driver.start(GOUDA, "0513");
    String number = driver.journeyNumber(journey);
    assertThatThrownBy(() -> driver.start(GOUDA, "0513")).isInstanceOf(RejectedInputException.class);
    Task herhaald = tasks.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("UserTask_HerhaaldeAanmeldingBeoordelen").singleResult();
    assertThat(herhaald).isNotNull();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ClientJourney").count()).isOne();
  }

  @Test
  void twoSimultaneousStartsMakeOneJourney() throws Exception {
    CountDownLatch ready = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Boolean>> starts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      starts.add(pool.submit(() -> {
        ready.await();
        try {
          driver.start(GOUDA, "0513");
          return true;
        } catch (RejectedInputException refused) {
          return false;
        }
      }));
    }
    ready.countDown();
    int started = 0;
    for (Future<Boolean> start : starts) {
      started += start.get() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(started).isOne();
    ProcessInstance journey = runtime.createProcessInstanceQuery().processDefinitionKey("ClientJourney").singleResult();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(journey.getBusinessKey())
        .taskDefinitionKey("UserTask_HerhaaldeAanmeldingBeoordelen").count()).isOne();
  }

  private static Map<String, Object> intake(String ladder) {
    return Map.of("participatieladder", ladder, "taaleis", "VOLDAAN", "intakeUitkomst", "PLAN",
        "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true, "kanUurAaneengeslotenWerken", true,
        "kanVierUurPerDagWerken", true, "startkwalificatie", true);
  }

  /** Refused with a Dutch message; the engine wraps what a task listener throws, so look in the causes. */
  private static void assertRefused(Runnable completion, String messagePart) {
    assertThatThrownBy(completion::run).satisfies(thrown -> {
      Throwable cause = thrown;
      while (cause != null && !(cause instanceof RejectedInputException)) {
        cause = cause.getCause();
      }
      assertThat(cause).as("refused input").isNotNull();
      assertThat(cause.getMessage()).containsIgnoringCase(messagePart);
    });
  }
}
