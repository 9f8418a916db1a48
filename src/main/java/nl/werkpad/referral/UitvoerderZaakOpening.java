package nl.werkpad.referral;

import java.time.Clock;
import java.time.LocalDate;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.region.Regions;
import nl.werkpad.zaak.CaseRegistry;
import nl.werkpad.zaak.CaseRegistry.Zaak;
import nl.werkpad.zaak.CaseRegistry.ZaakStatus;
import nl.werkpad.zaak.ZaakVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Zaak bij uitvoerder aanmaken" ({@code ${uitvoerderZaakOpening}}): zaken are not handled
 * across organisations, so an uitvoeringsorganisatie that accepts a referral gets a zaak of its own,
 * related to the municipality's as its continuation. A municipality's own team works in the
 * municipality's zaak. Safe to repeat.
 */
@ModelApi
@Component("uitvoerderZaakOpening")
class UitvoerderZaakOpening implements JavaDelegate {

  private final CaseRegistry cases;
  private final Clock clock;

  UitvoerderZaakOpening(CaseRegistry cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String uitvoerder = (String) execution.getVariable("uitvoeringsorganisatie");
    // A new plan may send the client to another uitvoerder: the previous one's zaak ends there.
    ZaakVariables.of(execution, ZaakVariables.UITVOERDER)
        .filter(previous -> !previous.organisation().equals(uitvoerder))
        .ifPresent(previous -> {
          cases.close(previous, "OVERGEDRAGEN", "Traject gaat verder bij een andere uitvoerder");
          ZaakVariables.clear(execution, ZaakVariables.UITVOERDER);
        });
    if (uitvoerder == null || Regions.GEMEENTE.equals(uitvoerder)) {
      return;
    }
    String journeyNumber = execution.getProcessBusinessKey();
    Zaak zaak = cases.open(journeyNumber, uitvoerder, (String) execution.getVariable(JourneyVariables.BSN),
        "Traject na verwijzing " + journeyNumber, LocalDate.now(clock));
    ZaakVariables.of(execution).ifPresent(gemeenteZaak -> cases.relate(zaak, gemeenteZaak));
    cases.setStatus(zaak, ZaakStatus.AANGEMELD, "Verwijzing aangenomen");
    ZaakVariables.store(execution, ZaakVariables.UITVOERDER, zaak);
  }
}
