package nl.werkpad.wsw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.journey.RejectedInputException;
import nl.werkpad.meting.LadderMeting;
import nl.werkpad.meting.Participatieladder;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.JourneyDriver;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dienstverband of an existing Wsw employee: no intake; herindicatie on time (granted and refused),
 * the end at AOW age or on a registered end, changes of work form, and the periodic evaluation. Runs
 * on H2 and on PostgreSQL (see the subclasses).
 */
@ApplicationTest
abstract class WswTests {

  static final String ROOSENDAAL = "999990056";
  static final String DE_RONDE_VENEN_NEAR_AOW = "999998456";
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JourneyDriver driver;
  @Autowired JourneyRepository journeys;
  @Autowired WswRecords records;
  @Autowired Participatieladder ladder;

  private final LocalDate today = LocalDate.now(NL);

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    driver.deleteAll();
  }

  @Test
  void aRoosendaalEmployeeWhoseIndicationEndsInFiveMonthsGetsAHerindicatieTaskNowAndTheNextOnePlanned() {
    LocalDate einddatum = today.plusMonths(5);
    ProcessInstance dienstverband = start(ROOSENDAAL, "1674", einddatum, "GROEPSDETACHERING", "Groenvoorziening West");
    String number = driver.journeyNumber(dienstverband);
    assertThat(number).startsWith("WSW-");
    assertThat(dienstverband.getTenantId()).isEqualTo("gm1674");

    Task volgen = driver.openTask(dienstverband, "UserTask_DienstverbandVolgen");
    assertThat(candidates(volgen)).as("WVS carries out Roosendaal's Wsw").containsExactly("trajectbegeleiders-wvs");
    Task aanvragen = driver.openTask(dienstverband, "UserTask_HerindicatieVersturen");
    assertThat(candidates(aanvragen)).containsExactly("klantmanagers-1674");
    assertThat(aanvragen.getDueDate()).as("at least 16 weeks before the end").isEqualTo(startOf(einddatum.minusWeeks(16)));
    driver.complete(dienstverband, "UserTask_HerindicatieVersturen", Map.of("herindicatieAangevraagdOp", today.toString()));

    assertThatThrownBy(() -> driver.complete(dienstverband, "UserTask_HerindicatieRegistreren", Map.of(
        "herindicatieBesluit", "VOORTGEZET", "herindicatieBesluitDatum", today.toString(),
        "wswIndicatieEinddatum", einddatum.minusDays(1).toString(), "wswIndicatieCategorie", "ERNSTIG")))
        .hasRootCauseMessage("De nieuwe einddatum moet na de huidige einddatum (" + einddatum + ") liggen.");
    LocalDate nieuw = einddatum.plusYears(5);
    driver.complete(dienstverband, "UserTask_HerindicatieRegistreren", Map.of("herindicatieBesluit", "VOORTGEZET",
        "herindicatieBesluitDatum", today.toString(), "wswIndicatieEinddatum", nieuw.toString(),
        "wswIndicatieCategorie", "ERNSTIG"));
    driver.runJobs();

    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("UserTask_HerindicatieVersturen")
        .count()).isZero();
    Job next = management.createJobQuery().processInstanceId(dienstverband.getId()).timers()
        .activityId("IntermediateCatchEvent_HerindicatieSignaal").singleResult();
    assertThat(next.getDuedate()).as("the next herindicatie, 26 weeks before the new end").isEqualTo(startOf(nieuw.minusWeeks(26)));
    WswDienstverband recorded = records.find(number).orElseThrow();
    assertThat(recorded.getIndicatieEinddatum()).isEqualTo(nieuw);
    assertThat(recorded.getIndicatieCategorie()).isEqualTo("ERNSTIG");
    assertThat(records.herindicaties(number)).singleElement().satisfies(h -> {
      assertThat(h.getAangevraagdOp()).isEqualTo(today);
      assertThat(h.getBesluit()).isEqualTo("VOORTGEZET");
    });
  }

  @Test
  void aRefusedHerindicatieEndsTheDienstverbandWhenTheIndicationEnds() {
    LocalDate einddatum = today.plusMonths(5);
    ProcessInstance dienstverband = start(ROOSENDAAL, "1674", einddatum, "INTERN", null);
    String number = driver.journeyNumber(dienstverband);
    driver.complete(dienstverband, "UserTask_HerindicatieVersturen", Map.of("herindicatieAangevraagdOp", today.toString()));
    driver.complete(dienstverband, "UserTask_HerindicatieRegistreren", Map.of("herindicatieBesluit", "NIET_VOORTGEZET",
        "herindicatieBesluitDatum", today.toString()));
    driver.runJobs();

    assertThat(journeys.findByNumber(number).orElseThrow().getUitkomst()).isEqualTo("INDICATIE_VERVALLEN");
    assertThat(records.find(number).orElseThrow().getEinddatum()).isEqualTo(einddatum);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).count()).isZero();
  }

  @Test
  void theDienstverbandEndsAtAowAge() {
    ProcessInstance dienstverband = start(DE_RONDE_VENEN_NEAR_AOW, "0736", LocalDate.of(2030, 1, 1), "BEGELEID_WERKEN",
        "Bakkerij Mijdrecht");
    String number = driver.journeyNumber(dienstverband);
    assertThat(candidates(driver.openTask(dienstverband, "UserTask_DienstverbandVolgen")))
        .as("De Ronde Venen does its Wsw itself").containsExactly("trajectbegeleiders-0736");
    LocalDate aow = LocalDate.of(2027, 2, 28);
    moveTo(aow.minusDays(1));
    assertThat(journeys.findByNumber(number).orElseThrow().isActive()).isTrue();
    moveTo(aow);
    assertThat(journeys.findByNumber(number).orElseThrow().getUitkomst()).isEqualTo("AOW_LEEFTIJD");
    assertThat(records.find(number).orElseThrow().getEindeReden()).isEqualTo("AOW_LEEFTIJD");
  }

  @Test
  void workFormChangesAreRecordedAsTheyHappenAndARegisteredEndClosesIt() {
    ProcessInstance dienstverband = start(ROOSENDAAL, "1674", today.plusYears(3), "INTERN", null);
    String number = driver.journeyNumber(dienstverband);
    assertThatThrownBy(() -> driver.complete(dienstverband, "UserTask_DienstverbandVolgen", Map.of(
        "dienstverbandActie", "WERKVORM_WIJZIGEN", "werkvorm", "INDIVIDUELE_DETACHERING", "werkvormVanaf", today.toString())))
        .hasRootCauseMessage("Vul de werkgever waar de medewerker werkt in.");
    driver.complete(dienstverband, "UserTask_DienstverbandVolgen", Map.of("dienstverbandActie", "WERKVORM_WIJZIGEN",
        "werkvorm", "INDIVIDUELE_DETACHERING", "werkgever", "Gemeentewerf Roosendaal", "werkvormVanaf", today.toString()));
    assertThat(records.werkvormen(number)).extracting(WswWerkvorm::getWerkvorm)
        .containsExactly("INTERN", "INDIVIDUELE_DETACHERING");
    assertThat(records.find(number).orElseThrow().getWerkgever()).isEqualTo("Gemeentewerf Roosendaal");

    moveTo(today.plusMonths(6));
    Task evalueren = driver.openTask(dienstverband, "UserTask_WswEvalueren");
    assertThat(candidates(evalueren)).containsExactly("trajectbegeleiders-wvs");
    driver.complete(dienstverband, "UserTask_WswEvalueren", Map.of("participatieladder", "5", "doelenBehaald", "JA",
        "evaluatieOpmerkingen", "Goed ingewerkt"));
    assertThat(ladder.metingen(number)).extracting(LadderMeting::getTrede).containsExactly(5);
    moveTo(today.plusMonths(12));
    Task volgende = driver.openTask(dienstverband, "UserTask_WswEvalueren");
    assertThat(tasks.getVariables(volgende.getId(), List.of("doelenBehaald", "evaluatieOpmerkingen")).values())
        .as("the next evaluation's form starts empty").containsOnlyNulls();

    driver.complete(dienstverband, "UserTask_DienstverbandVolgen", Map.of("dienstverbandActie", "BEEINDIGEN",
        "eindeReden", "VERTREK", "eindeDatum", today.plusMonths(6).toString()));
    driver.runJobs();
    assertThat(journeys.findByNumber(number).orElseThrow().getUitkomst()).isEqualTo("VERTREK");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).count()).as("nothing left open").isZero();
  }

  @Test
  void aStartThatDoesNotHoldCreatesNothing() {
    long before = runtime.createProcessInstanceQuery().count();
    Map<String, Object> variables = startVariables(ROOSENDAAL, "1674", today.plusYears(1), "INTERN", null);
    variables.remove("wswIndicatieCategorie");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("WswDienstverband", variables))
        .isInstanceOfSatisfying(RejectedInputException.class,
            e -> assertThat(e.getMessage()).isEqualTo("Kies de categorie van de indicatie: matig of ernstig."));
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(journeys.findByActiveBsn(ROOSENDAAL)).isEmpty();

    driver.start(ROOSENDAAL, "1674");
    assertThatThrownBy(() -> start(ROOSENDAAL, "1674", today.plusYears(1), "INTERN", null))
        .isInstanceOfSatisfying(RejectedInputException.class,
            e -> assertThat(e.getMessage()).startsWith("Voor deze persoon loopt al een klantreis"));
  }

  private ProcessInstance start(String bsn, String gemeente, LocalDate einddatum, String werkvorm, String werkgever) {
    ProcessInstance started = runtime.startProcessInstanceByKey("WswDienstverband",
        startVariables(bsn, gemeente, einddatum, werkvorm, werkgever));
    driver.runJobs();
    return started;
  }

  private static Map<String, Object> startVariables(String bsn, String gemeente, LocalDate einddatum, String werkvorm,
      String werkgever) {
    Map<String, Object> variables = new HashMap<>(Variables.putValue("bsn", bsn).putValue("woongemeente", gemeente)
        .putValue("wswIndicatieCategorie", "MATIG").putValue("wswIndicatieEinddatum", einddatum.toString())
        .putValue("werkvorm", werkvorm));
    if (werkgever != null) {
      variables.put("werkgever", werkgever);
    }
    return variables;
  }

  private void moveTo(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(NL).toInstant()));
    driver.runJobs();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(NL).toInstant());
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
  }
}
