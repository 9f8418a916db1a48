package nl.werkpad.intake;

import static nl.werkpad.intake.IntakeVariables.STOP_REDEN;

import java.util.Set;
import nl.werkpad.journey.Answers;
import nl.werkpad.journey.JourneyRecords;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.kernel.ProtectedVariables;
import nl.werkpad.person.Bsn;
import nl.werkpad.region.Regions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The answers of the intake's short tasks, checked when the klantmanager completes them
 * ({@code ${personNotFound}}, {@code ${registeredElsewhere}}, {@code ${zoektermijnWaiver}}).
 */
final class IntakeTaskChecks {

  private IntakeTaskChecks() {}


  static final String OPNIEUW_ZOEKEN = "OPNIEUW_ZOEKEN";
  static final String GECORRIGEERD_BSN = "gecorrigeerdBsn";
  static final String BSN_CORRECTIE_REDEN = "bsnCorrectieReden";
  static final String OVERDRAGEN = "OVERDRAGEN";
  static final String STOPPEN = "STOPPEN";

  /**
   * "Persoon niet gevonden": search again with a corrected BSN, or stop with a reason. The correction is
   * this step's alone (the BSN is protected everywhere else), with its reason kept in the journey.
   */
  @ModelApi
  @Component("personNotFound")
  static class PersonNotFound implements TaskListener {

    private final JourneyRecords journeys;

    PersonNotFound(JourneyRecords journeys) {
      this.journeys = journeys;
    }

    @Override
    public void notify(DelegateTask task) {
      Answers answers = new Answers(task);
      if (answers.oneOf("nietGevondenVervolg", Set.of(OPNIEUW_ZOEKEN, STOPPEN), "of je opnieuw zoekt of stopt")
          .equals(STOPPEN)) {
        answers.requiredText(STOP_REDEN, "de reden om te stoppen");
        return;
      }
      String bsn = answers.text(GECORRIGEERD_BSN);
      if (!Bsn.isValid(bsn)) {
        throw Answers.refused(Bsn.INVALID);
      }
      answers.requiredText(BSN_CORRECTIE_REDEN, "waarom het BSN anders is");
      ProtectedVariables.write(() -> {
        journeys.correctBsn(task.getExecution().getProcessBusinessKey(), bsn);
        task.getExecution().setVariable(JourneyVariables.BSN, bsn);
      });
    }
  }

  /** "Inschrijving in andere gemeente": hand over to the municipality of registration, or stop. */
  @ModelApi
  @Component("registeredElsewhere")
  static class RegisteredElsewhere implements TaskListener {

    private final Regions regions;

    RegisteredElsewhere(Regions regions) {
      this.regions = regions;
    }

    @Override
    public void notify(DelegateTask task) {
      Answers answers = new Answers(task);
      String choice = answers.oneOf("inschrijvingVervolg", Set.of(OVERDRAGEN, STOPPEN), "overdragen of stoppen");
      if (choice.equals(STOPPEN)) {
        answers.requiredText(STOP_REDEN, "de reden om te stoppen");
      } else if (regions.municipality(answers.text(IntakeVariables.GEMEENTE_VAN_INSCHRIJVING)).isEmpty()) {
        throw Answers.refused("De gemeente van inschrijving werkt niet met Werkpad: overdragen kan hier niet. "
            + "Kies stoppen en neem contact op met die gemeente.");
      }
    }
  }

  /** "Zoektermijn afwachten": completing it waives the four weeks, which needs a reason. */
  @ModelApi
  @Component("zoektermijnWaiver")
  static class ZoektermijnWaiver implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
      new Answers(task).requiredText("zoektermijnOpheffingReden", "de reden om de zoektermijn op te heffen");
    }
  }
}
