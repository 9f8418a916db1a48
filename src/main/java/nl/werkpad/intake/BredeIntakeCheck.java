package nl.werkpad.intake;

import static nl.werkpad.intake.IntakeVariables.ARBEIDSVERMOGEN;
import static nl.werkpad.intake.IntakeVariables.INTAKE_UITKOMST;
import static nl.werkpad.intake.IntakeVariables.LOONWAARDE;
import static nl.werkpad.intake.IntakeVariables.PARTICIPATIELADDER;
import static nl.werkpad.intake.IntakeVariables.STOP_REDEN;
import static nl.werkpad.intake.IntakeVariables.TAALEIS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkpad.journey.Answers;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.meting.LadderMeting;
import nl.werkpad.meting.Participatieladder;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "Brede intake houden" ({@code ${bredeIntake}}): checks the answers, derives arbeidsvermogen
 * (it is not asked) and records the intake in the dossier, and the ladder as the client's first measurement.
 */
@ModelApi
@Component("bredeIntake")
class BredeIntakeCheck implements TaskListener {

  /** The Zelfredzaamheid-Matrix (GGD Amsterdam 2017): 13 domains, each scored 1 (acuut) to 5 (volledig). */
  static final List<String> ZRM_DOMEINEN = List.of("zrmFinancien", "zrmWerkOpleiding", "zrmTijdsbesteding",
      "zrmHuisvesting", "zrmHuiselijkeRelaties", "zrmGeestelijkeGezondheid", "zrmLichamelijkeGezondheid",
      "zrmMiddelengebruik", "zrmBasaleAdl", "zrmInstrumenteleAdl", "zrmSociaalNetwerk",
      "zrmMaatschappelijkeParticipatie", "zrmJustitie");

  /** Arbeidsvermogen: all four hold (Besluit loonkostensubsidie Participatiewet, art. 1). */
  static final List<String> ARBEIDSVERMOGEN_CRITERIA = List.of("kanTaakUitvoeren", "heeftWerknemersvaardigheden",
      "kanUurAaneengeslotenWerken", "kanVierUurPerDagWerken");

  static final List<String> JA_NEE = List.of("aanpassingenNodig", "begeleidingNodig", "wswIndicatie",
      "startkwalificatie", "zorgtaken", "signaalWmoJeugd", "doorverwezenSociaalTeam");

  private final IntakeDossiers dossiers;
  private final Participatieladder ladder;
  private final ObjectMapper json;
  private final Clock clock;

  BredeIntakeCheck(IntakeDossiers dossiers, Participatieladder ladder, ObjectMapper json, Clock clock) {
    this.dossiers = dossiers;
    this.ladder = ladder;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Answers answers = new Answers(task);
    Map<String, Object> recorded = new LinkedHashMap<>();
    Integer trede = answers.number(PARTICIPATIELADDER, 1, 6, true, "De trede op de participatieladder");
    recorded.put(PARTICIPATIELADDER, trede);
    for (String domein : ZRM_DOMEINEN) {
      recorded.put(domein, answers.number(domein, 1, 5, false, "Een score op de Zelfredzaamheid-Matrix"));
    }
    boolean arbeidsvermogen = true;
    for (String criterium : ARBEIDSVERMOGEN_CRITERIA) {
      boolean yes = answers.yes(criterium);
      recorded.put(criterium, yes);
      arbeidsvermogen &= yes;
    }
    task.setVariable(ARBEIDSVERMOGEN, arbeidsvermogen);
    recorded.put(ARBEIDSVERMOGEN, arbeidsvermogen);
    JA_NEE.forEach(key -> recorded.put(key, answers.yes(key)));
    recorded.put(LOONWAARDE, answers.number(LOONWAARDE, 0, 100, false, "De loonwaarde"));
    recorded.put(TAALEIS, answers.oneOf(TAALEIS, Set.of("VOLDAAN", "NIET_VOLDAAN", "ONBEKEND"),
        "of de taaleis (1F) is gehaald"));
    String ontheffing = answers.text("ontheffing");
    if (ontheffing != null && !ontheffing.equals("GEEN")) {
      recorded.put("ontheffingReden", answers.requiredText("ontheffingReden", "de reden van de ontheffing"));
    }
    recorded.put("ontheffing", ontheffing);
    recorded.put("signaalToelichting", answers.text("signaalToelichting"));
    recorded.put("intakeToelichting", answers.text("intakeToelichting"));
    String uitkomst = answers.oneOf(INTAKE_UITKOMST, Set.of("PLAN", "STOPPEN"), "het vervolg van de intake");
    recorded.put(INTAKE_UITKOMST, uitkomst);
    if (uitkomst.equals("STOPPEN")) {
      recorded.put(STOP_REDEN, answers.requiredText(STOP_REDEN, "de reden om te stoppen"));
    }
    String answersJson = toJson(recorded);
    boolean heeftArbeidsvermogen = arbeidsvermogen;
    String journey = task.getExecution().getProcessBusinessKey();
    dossiers.update(journey, dossier -> dossier.bredeIntake(trede, heeftArbeidsvermogen, answersJson));
    this.ladder.meet(journey, LocalDate.now(clock), trede, LadderMeting.Bron.INTAKE);
  }

  private String toJson(Map<String, Object> answers) {
    try {
      return json.writeValueAsString(answers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Intake-antwoorden niet op te slaan", e);
    }
  }
}
