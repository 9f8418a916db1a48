package nl.werkpad.intake;

import java.time.Clock;
import java.time.LocalDate;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.zaak.CaseRegistry;
import nl.werkpad.zaak.CaseRegistry.Zaak;
import nl.werkpad.zaak.CaseRegistry.ZaakStatus;
import nl.werkpad.zaak.ZaakVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Zaak aanmaken" ({@code ${zaakOpening}}): records the journey in the municipality's
 * zaaksysteem with the client as betrokkene, status "aangemeld". Safe to repeat: the registry finds the
 * zaak of this journey number if it was made before.
 */
@ModelApi
@Component("zaakOpening")
class ZaakOpening implements JavaDelegate {

  private final CaseRegistry cases;
  private final IntakeDossiers dossiers;
  private final Clock clock;

  ZaakOpening(CaseRegistry cases, IntakeDossiers dossiers, Clock clock) {
    this.cases = cases;
    this.dossiers = dossiers;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String journeyNumber = execution.getProcessBusinessKey();
    Zaak zaak = cases.open(journeyNumber, (String) execution.getVariable(JourneyVariables.WOONGEMEENTE),
        (String) execution.getVariable(JourneyVariables.BSN), "Klantreis werk en participatie " + journeyNumber,
        LocalDate.now(clock));
    cases.setStatus(zaak, ZaakStatus.AANGEMELD, "Aanmelding ontvangen");
    ZaakVariables.store(execution, zaak);
    dossiers.update(journeyNumber, dossier -> dossier.zaak(zaak.identificatie()));
  }
}
