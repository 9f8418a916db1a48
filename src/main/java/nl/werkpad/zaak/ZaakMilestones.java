package nl.werkpad.zaak;

import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.zaak.CaseRegistry.ZaakStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service tasks that keep the journey's zaak in step with the journey. */
final class ZaakMilestones {

  private ZaakMilestones() {}

  /**
   * "Zaakstatus bijwerken" ({@code ${zaakStatus}}): sets the status named by the task's input parameter
   * {@code nieuweZaakStatus} (a {@link ZaakStatus}), with the optional input {@code statusToelichting}.
   */
  @ModelApi
  @Component("zaakStatus")
  static class StatusUpdate implements JavaDelegate {

    private final CaseRegistry cases;

    StatusUpdate(CaseRegistry cases) {
      this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
      ZaakStatus status = ZaakStatus.valueOf((String) execution.getVariable("nieuweZaakStatus"));
      Object toelichting = execution.getVariable("statusToelichting");
      ZaakVariables.of(execution).ifPresent(zaak ->
          cases.setStatus(zaak, status, toelichting == null ? null : toelichting.toString()));
    }
  }

  /**
   * "Zaak afsluiten" ({@code ${zaakClosing}}): the journey's uitkomst as resultaat, then the end status.
   * With the input parameter {@code zaakVan} = "uitvoerder" it closes the uitvoeringsorganisatie's zaak.
   */
  @ModelApi
  @Component("zaakClosing")
  static class Closing implements JavaDelegate {

    private final CaseRegistry cases;

    Closing(CaseRegistry cases) {
      this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Object uitkomst = execution.getVariable(JourneyVariables.UITKOMST);
      Object toelichting = execution.getVariable("afsluitToelichting");
      Object zaakVan = execution.getVariable("zaakVan");
      ZaakVariables.of(execution, zaakVan == null ? "" : zaakVan.toString()).ifPresent(zaak -> cases.close(zaak,
          uitkomst == null ? "GESTOPT" : uitkomst.toString(), toelichting == null ? null : toelichting.toString()));
    }
  }
}
