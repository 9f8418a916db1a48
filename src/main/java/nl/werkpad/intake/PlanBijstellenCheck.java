package nl.werkpad.intake;

import static nl.werkpad.intake.IntakeVariables.DOELEN;
import static nl.werkpad.intake.IntakeVariables.EVALUATIE_INTERVAL_MAANDEN;
import static nl.werkpad.intake.IntakeVariables.ROUTE;

import nl.werkpad.journey.Answers;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.kernel.ModelApi;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "Plan van aanpak bijstellen" ({@code ${planBijstellen}}): after an evaluation the
 * klantmanager sets new goals and the interval, and may choose another route (with a reason). The same
 * journey continues: with the same route straight back to the trajectory, with another one via the
 * referral.
 */
@ModelApi
@Component("planBijstellen")
class PlanBijstellenCheck implements TaskListener {

  /** The route before the klantmanager adjusts it, set when the task starts. */
  static final String ROUTE_VOOR_BIJSTELLEN = "routeVoorBijstellen";
  /** Why the route changes; a key of its own, so the plan's earlier justification does not count. */
  static final String BIJSTELLING_REDEN = "routeWijzigingReden";

  private final IntakeDossiers dossiers;

  PlanBijstellenCheck(IntakeDossiers dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    Answers answers = new Answers(task);
    String route = answers.oneOf(ROUTE, JourneyVariables.ROUTES, "een route");
    boolean gewijzigd = !route.equals(task.getVariable(ROUTE_VOOR_BIJSTELLEN));
    String reden = gewijzigd ? answers.requiredText(BIJSTELLING_REDEN, "waarom de route verandert") : null;
    String doelen = answers.requiredText(DOELEN, "de doelen van het plan");
    Integer interval = answers.number(EVALUATIE_INTERVAL_MAANDEN, 1, 12, false, "Het evaluatie-interval (maanden)");
    int evaluatieInterval = interval == null ? PlanVanAanpakCheck.STANDAARD_EVALUATIE_INTERVAL : interval;
    task.setVariable(EVALUATIE_INTERVAL_MAANDEN, evaluatieInterval);
    task.setVariable("routeGewijzigd", gewijzigd);
    task.setVariable("trajectVervolg", null);
    dossiers.update(task.getExecution().getProcessBusinessKey(), dossier ->
        dossier.plan(route, reden, doelen, evaluatieInterval, Boolean.TRUE.equals(dossier.getTaaltraject())));
  }
}
