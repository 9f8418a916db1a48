package nl.werkpad.intake;

import static nl.werkpad.intake.IntakeVariables.DOELEN;
import static nl.werkpad.intake.IntakeVariables.EVALUATIE_INTERVAL_MAANDEN;
import static nl.werkpad.intake.IntakeVariables.ROUTE;
import static nl.werkpad.intake.IntakeVariables.ROUTE_AFWIJKING_REDEN;
import static nl.werkpad.intake.IntakeVariables.ROUTE_KEUZE;
import static nl.werkpad.intake.IntakeVariables.ROUTE_REDEN;
import static nl.werkpad.intake.IntakeVariables.ROUTE_VOORSTEL;
import static nl.werkpad.intake.IntakeVariables.TAALEIS;
import static nl.werkpad.intake.IntakeVariables.TAALTRAJECT;

import java.util.Set;
import nl.werkpad.journey.Answers;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.kernel.ModelApi;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "Plan van aanpak opstellen" ({@code ${planVanAanpak}}): the klantmanager confirms the
 * proposed route or chooses another with a justification (both recorded), sets SMART goals and the
 * evaluation interval.
 */
@ModelApi
@Component("planVanAanpak")
class PlanVanAanpakCheck implements TaskListener {

  /** The participatieladder is measured at least twice a year: six months unless the plan says otherwise. */
  static final int STANDAARD_EVALUATIE_INTERVAL = 6;

  private final IntakeDossiers dossiers;

  PlanVanAanpakCheck(IntakeDossiers dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    Answers answers = new Answers(task);
    String voorstel = answers.text(ROUTE_VOORSTEL);
    String keuze = voorstel == null
        ? "ANDERE_ROUTE"
        : answers.oneOf(ROUTE_KEUZE, Set.of("VOORSTEL", "ANDERE_ROUTE"), "of je het routevoorstel volgt");
    String route;
    String afwijkingReden = null;
    if (keuze.equals("VOORSTEL")) {
      route = voorstel;
    } else {
      route = answers.oneOf(ROUTE, JourneyVariables.ROUTES, "een route");
      if (!route.equals(voorstel)) {
        afwijkingReden = answers.requiredText(ROUTE_AFWIJKING_REDEN, "waarom je van het routevoorstel afwijkt");
      }
    }
    task.setVariable(ROUTE, route);
    String doelen = answers.requiredText(DOELEN, "de doelen van het plan");
    Integer interval = answers.number(EVALUATIE_INTERVAL_MAANDEN, 1, 12, false, "Het evaluatie-interval (maanden)");
    if (interval == null) {
      interval = STANDAARD_EVALUATIE_INTERVAL;
      task.setVariable(EVALUATIE_INTERVAL_MAANDEN, interval);
    }
    boolean taaltraject = answers.yes(TAALTRAJECT);
    if ("NIET_VOLDAAN".equals(answers.text(TAALEIS)) && !taaltraject) {
      throw Answers.refused("De taaleis (1F) is niet gehaald: neem een taaltraject op in het plan.");
    }
    String reden = afwijkingReden;
    int evaluatieInterval = interval;
    dossiers.update(task.getExecution().getProcessBusinessKey(), dossier -> {
      dossier.routeVoorstel(voorstel, answers.text(ROUTE_REDEN));
      dossier.plan(route, reden, doelen, evaluatieInterval, taaltraject);
    });
    dossiers.planVastgesteld(task.getExecution().getProcessBusinessKey());
  }
}
