package nl.werkpad.referral;

import static nl.werkpad.journey.RejectedInputException.Reason.INVALID_INPUT;

import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.journey.RejectedInputException;
import nl.werkpad.kernel.ModelApi;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "Verwijzing volgen of intrekken" ({@code ${referralWithdrawal}}) withdraws the referral:
 * it needs a reason, which the journey's closing shows. The model then ends the referral on both sides.
 */
@ModelApi
@Component("referralWithdrawal")
class ReferralWithdrawal implements TaskListener {

  static final String INGETROKKEN = "VERWIJZING_INGETROKKEN";

  @Override
  public void notify(DelegateTask task) {
    Object reden = task.getVariable("intrekkingReden");
    if (reden == null || reden.toString().isBlank()) {
      throw new RejectedInputException(INVALID_INPUT, "Vul de reden in om de verwijzing in te trekken.");
    }
    task.setVariable("verwijzingIngetrokken", true);
    task.setVariable(JourneyVariables.UITKOMST, INGETROKKEN);
    task.setVariable("stopReden", reden.toString().trim());
  }
}
