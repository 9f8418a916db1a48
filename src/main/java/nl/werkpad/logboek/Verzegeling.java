package nl.werkpad.logboek;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals new records into the chain, a few seconds after they were written: in the order it finds them,
 * each gets the next number and its seal. Writing a record takes no lock, so a busy journey never waits
 * for the log; the sealer takes the chain's head row, so two nodes seal in turn.
 */
@Component
public class Verzegeling {

  private static final int PORTIE = 500;

  private final VerwerkingRepository verwerkingen;
  private final KetenKopRepository kop;
  private final Zegel zegel;
  private final TransactionTemplate transaction;

  Verzegeling(VerwerkingRepository verwerkingen, KetenKopRepository kop, Zegel zegel, TransactionTemplate transaction) {
    this.verwerkingen = verwerkingen;
    this.kop = kop;
    this.zegel = zegel;
    this.transaction = transaction;
  }

  /** @return how many records it sealed */
  @Scheduled(fixedDelayString = "${werkpad.logboek.verzegelen-elke:PT5S}", initialDelayString = "PT10S")
  public int verzegel() {
    int verzegeld = 0;
    for (int portie; (portie = transaction.execute(status -> portie())) > 0; ) {
      verzegeld += portie;
    }
    return verzegeld;
  }

  private int portie() {
    KetenKop hoofd = kop.vergrendeld().orElseThrow();
    List<Verwerking> nieuw = verwerkingen.teVerzegelen(PageRequest.of(0, PORTIE));
    for (Verwerking verwerking : nieuw) {
      long volgnummer = hoofd.laatsteVolgnummer() + 1;
      String hash = zegel.van(hoofd.laatsteHash(), verwerking);
      verwerking.seal(volgnummer, hash);
      hoofd.verlengd(volgnummer, hash);
    }
    return nieuw.size();
  }
}
