package nl.werkpad.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import nl.werkpad.zaak.CaseRegistry;
import nl.werkpad.zaak.CaseRegistry.Zaak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The referral to the uitvoerder: the term with its escalation, the driegesprek, and withdrawal. */
@ApplicationTest
class ReferralTest {

  static final String GOUDA = "999993653";

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired JourneyDriver driver;
  @Autowired CaseRegistry cases;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    driver.deleteAll();
  }

  @Test
  void theKlantmanagerFollowsTheReferralAndAnAcceptedOneEndsInADriegesprek() {
    ProcessInstance journey = referred();
    Task volgen = driver.openTask(journey, "UserTask_VerwijzingVolgen");
    assertThat(candidates(volgen)).containsExactly("klantmanagers-0513");
    assertThat(runtime.getVariable(volgen.getExecutionId(), "verwijzingStatus"))
        .isEqualTo("Wacht op beoordeling door de uitvoerder");
    Task beoordelen = driver.openTask(journey, "UserTask_AanmeldingBeoordelen");
    assertThat(beoordelen.getDueDate()).isAfter(new Date());
    assertThat(management.createJobQuery().processInstanceId(beoordelen.getProcessInstanceId()).timers()
        .activityId("BoundaryEvent_TermijnVerstreken").singleResult().getDuedate())
        .as("the due date the uitvoerder sees is when the term escalates (both in the model: keep them equal)")
        .isEqualTo(beoordelen.getDueDate());

    driver.complete(journey, "UserTask_AanmeldingBeoordelen", Map.of("beoordeling", "AANGENOMEN"));
    Task driegesprek = driver.openTask(journey, "UserTask_Driegesprek");
    assertThat(candidates(driegesprek)).containsExactly("trajectbegeleiders-promen");
    assertThat((String) runtime.getVariable(driegesprek.getExecutionId(), "uitvoerderZaaknummer"))
        .as("Promen keeps a zaak of its own").startsWith("ZAAK-PROMEN-");
    driver.complete(journey, "UserTask_Driegesprek", Map.of("driegesprekDatum", "2026-12-01"));
    driver.openTask(journey, "UserTask_TrajectStarten");
    assertThat(runtime.getVariable(journey.getId(), "driegesprekDatum")).isEqualTo("2026-12-01");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(driver.journeyNumber(journey))
        .taskDefinitionKey("UserTask_VerwijzingVolgen").count()).as("follow task ends with the referral").isZero();
  }

  @Test
  void anUnansweredReferralEscalatesAfterItsTermAndStaysOpen() {
    ProcessInstance journey = referred();
    // The term starts when the uitvoerder gets the aanmelding, after the zaak's status is set.
    driver.openTask(journey, "UserTask_AanmeldingBeoordelen");
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(9))));
    driver.runJobs();
    assertThat(escalations(journey)).isEmpty();
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(16))));
    driver.runJobs();
    List<Task> escalations = escalations(journey);
    assertThat(escalations).flatExtracting(this::candidates)
        .containsExactlyInAnyOrder("managers-0513", "trajectbegeleiders-promen");
    driver.openTask(journey, "UserTask_AanmeldingBeoordelen");
  }

  @Test
  void withdrawingEndsTheReferralOnBothSides() {
    ProcessInstance journey = referred();
    assertRefusedWithoutReason(journey);
    driver.complete(journey, "UserTask_VerwijzingVolgen", Map.of("intrekkingReden", "Klant is verhuisd"));
    Task closing = driver.openTask(journey, "UserTask_UitkomstVastleggen");
    assertThat(runtime.getVariable(closing.getExecutionId(), "uitkomst")).isEqualTo("VERWIJZING_INGETROKKEN");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(driver.journeyNumber(journey))
        .taskDefinitionKey("UserTask_AanmeldingBeoordelen").count()).as("the uitvoerder's task is gone").isZero();
  }

  @Test
  void withdrawingAfterAcceptanceClosesTheUitvoerdersZaak() {
    ProcessInstance journey = referred();
    driver.complete(journey, "UserTask_AanmeldingBeoordelen", Map.of("beoordeling", "AANGENOMEN"));
    Task driegesprek = driver.openTask(journey, "UserTask_Driegesprek");
    Map<String, Object> variables = runtime.getVariables(driegesprek.getExecutionId());
    Zaak promenZaak = new Zaak((String) variables.get("uitvoerderZaaknummer"), (String) variables.get("uitvoerderZaakUrl"),
        (String) variables.get("uitvoerderZaakOrganisatie"));
    assertThat(promenZaak.organisation()).isEqualTo("PROMEN");
    driver.complete(journey, "UserTask_VerwijzingVolgen", Map.of("intrekkingReden", "Heeft zelf werk gevonden"));
    driver.openTask(journey, "UserTask_UitkomstVastleggen");
    assertThatThrownBy(() -> cases.setStatus(promenZaak, CaseRegistry.ZaakStatus.TRAJECT_GESTART, null))
        .as("Promen's zaak is closed").isInstanceOf(IllegalStateException.class);
  }

  @Test
  void termIsCountedInWorkingDays() {
    LocalDate friday = LocalDate.of(2026, 11, 20);
    assertThat(ReferralDeadline.afterWorkingDays(friday, 10)).isEqualTo(LocalDate.of(2026, 12, 5));
    assertThat(ReferralDeadline.afterWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 24));
  }

  private void assertRefusedWithoutReason(ProcessInstance journey) {
    assertThatThrownBy(() -> driver.complete(journey, "UserTask_VerwijzingVolgen", Map.of()))
        .hasRootCauseMessage("Vul de reden in om de verwijzing in te trekken.");
  }

  private ProcessInstance referred() {
    ProcessInstance journey = driver.start(GOUDA, "0513");
    Map<String, Object> intake = new HashMap<>(Map.of("participatieladder", "4", "taaleis", "VOLDAAN",
        "intakeUitkomst", "PLAN", "kanTaakUitvoeren", true, "heeftWerknemersvaardigheden", true,
        "kanUurAaneengeslotenWerken", true, "kanVierUurPerDagWerken", true, "startkwalificatie", true));
    intake.put("loonwaarde", 70);
    driver.complete(journey, "UserTask_BredeIntake", intake);
    driver.complete(journey, "UserTask_PlanVanAanpak", Map.of("routeKeuze", "VOORSTEL", "doelen", "Detachering"));
    return journey;
  }

  private List<Task> escalations(ProcessInstance journey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(driver.journeyNumber(journey))
        .taskDefinitionKeyIn("UserTask_EscalatieGemeente", "UserTask_EscalatieUitvoerder").list();
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
  }
}
