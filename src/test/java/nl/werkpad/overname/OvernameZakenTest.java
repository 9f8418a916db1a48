package nl.werkpad.overname;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import nl.werkpad.zaak.CaseRegistry;
import nl.werkpad.zaak.CaseRegistry.Zaak;
import nl.werkpad.zaak.CaseRegistry.ZaakStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What the take-over's zaken leave behind when the line fails after they were made in a zaaksysteem. */
@ExtendWith(OutputCaptureExtension.class)
class OvernameZakenTest {

  private static final Map<String, String> ZAKEN = Map.of(
      "zaaknummer", "KR-2026-000042", "zaakUrl", "https://zaken.example.nl/zaken/api/v1/zaken/1", "zaakOrganisatie", "0513",
      "uitvoerderZaaknummer", "KR-2026-000042-PROMEN", "uitvoerderZaakUrl", "https://zaken.example.nl/zaken/api/v1/zaken/2",
      "uitvoerderZaakOrganisatie", "PROMEN");

  private final CaseRegistry cases = mock(CaseRegistry.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);

  @AfterEach
  void endSynchronization() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void zakenOfALineThatIsRolledBackAreLoggedForTheAdministratorWithoutTheBsn(CapturedOutput output) throws Exception {
    TransactionSynchronizationManager.initSynchronization();
    madeInTheZaaksysteem();

    new OvernameZaken(mock(JavaDelegate.class), mock(JavaDelegate.class), cases).notify(execution);

    verify(cases).setStatus(new Zaak("KR-2026-000042", ZAKEN.get("zaakUrl"), "0513"), ZaakStatus.TRAJECT_GESTART,
        "Traject gestart bij de uitvoerder");
    assertThat(output).doesNotContain("aangemaakt, maar");
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
    assertThat(output).contains("Zaken KR-2026-000042 en KR-2026-000042-PROMEN zijn aangemaakt, maar de regel is niet"
        + " overgenomen (klantreis KR-2026-000042 bestaat niet); sluit ze af in het zaaksysteem");
  }

  @Test
  void aCommittedLineOrAnEmbeddedZaaksysteemLogsNothing(CapturedOutput output) throws Exception {
    TransactionSynchronizationManager.initSynchronization();
    madeInTheZaaksysteem();
    new OvernameZaken(mock(JavaDelegate.class), mock(JavaDelegate.class), cases).notify(execution);
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

    when(cases.undoneWithTheJourney()).thenReturn(true);
    TransactionSynchronizationManager.clearSynchronization();
    TransactionSynchronizationManager.initSynchronization();
    new OvernameZaken(mock(JavaDelegate.class), mock(JavaDelegate.class), cases).notify(execution);
    assertThat(TransactionSynchronizationManager.getSynchronizations()).as("the embedded register is rolled back too")
        .isEmpty();
    assertThat(output).doesNotContain("aangemaakt, maar");
  }

  private void madeInTheZaaksysteem() {
    ZAKEN.forEach((name, value) -> when(execution.getVariable(name)).thenReturn(value));
    when(execution.getProcessBusinessKey()).thenReturn("KR-2026-000042");
    DelegateExecution trajectory = mock(DelegateExecution.class);
    when(execution.getProcessInstance()).thenReturn(trajectory);
  }
}
