package nl.werkpad.overname;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.zaak.CaseRegistry;
import nl.werkpad.zaak.CaseRegistry.Zaak;
import nl.werkpad.zaak.CaseRegistry.ZaakStatus;
import nl.werkpad.zaak.ZaakVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The zaken of a journey taken over in a trajectory ({@code ${overnameZaken}} in bpmn/Trajectory.bpmn,
 * after the instrument of the file is recorded): the municipality's zaak, with status traject gestart,
 * and the uitvoerder's, made as the intake and the referral make them. It runs in the transaction of the
 * file's line, as its last step, rather than in jobs of its own: a line whose instrument or start date
 * the trajectory refused is reported and leaves no zaak behind, and a take-over of 10,000 lines has no
 * 30,000 jobs to work off afterwards. The journey's own process gets the zaak variables too, as it would
 * after the two zaak tasks of an ordinary journey.
 */
@ModelApi
@Component("overnameZaken")
class OvernameZaken implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(OvernameZaken.class);

  private final JavaDelegate zaakOpening;
  private final JavaDelegate uitvoerderZaakOpening;
  private final CaseRegistry cases;

  OvernameZaken(@Qualifier("zaakOpening") JavaDelegate zaakOpening,
      @Qualifier("uitvoerderZaakOpening") JavaDelegate uitvoerderZaakOpening, CaseRegistry cases) {
    this.zaakOpening = zaakOpening;
    this.uitvoerderZaakOpening = uitvoerderZaakOpening;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) throws Exception {
    zaakOpening.execute(execution);
    uitvoerderZaakOpening.execute(execution);
    Optional<Zaak> gemeente = ZaakVariables.of(execution);
    gemeente.ifPresent(zaak -> cases.setStatus(zaak, ZaakStatus.TRAJECT_GESTART, "Traject gestart bij de uitvoerder"));
    DelegateExecution journey = execution.getProcessInstance().getSuperExecution();
    if (journey != null) {
      ZaakVariables.copy(execution, journey);
    }
    reportIfRolledBack(execution.getProcessBusinessKey(), Stream.concat(gemeente.stream(),
        ZaakVariables.of(execution, ZaakVariables.UITVOERDER).stream()).map(Zaak::identificatie).toList());
  }

  /** A zaaksysteem of its own keeps the zaken when the line fails after all: an administrator closes them. */
  private void reportIfRolledBack(String journeyNumber, List<String> zaken) {
    if (cases.undoneWithTheJourney() || zaken.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        if (status == STATUS_ROLLED_BACK) {
          String welke = zaken.size() == 1 ? "Zaak " + zaken.get(0) + " is" : "Zaken " + String.join(" en ", zaken) + " zijn";
          LOG.warn("{} aangemaakt, maar de regel is niet overgenomen (klantreis {} bestaat niet); sluit {} af in het"
              + " zaaksysteem", welke, journeyNumber, zaken.size() == 1 ? "de zaak" : "ze");
        }
      }
    });
  }
}
