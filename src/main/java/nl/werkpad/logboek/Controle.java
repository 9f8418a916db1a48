package nl.werkpad.logboek;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check an auditor runs on the processing log: every sealed record, from the chain's beginning to
 * its head, in order, without a gap, each with the seal its fields and its predecessor give. A record
 * changed, removed or slipped in behind the application's back shows as the first place where the chain
 * breaks. Records not yet sealed after a minute are counted too (the sealer should have been there).
 */
@Component
public class Controle {

  private static final int PORTIE = 1000;

  private final VerwerkingRepository verwerkingen;
  private final KetenKopRepository kop;
  private final Zegel zegel;
  private final Clock clock;

  Controle(VerwerkingRepository verwerkingen, KetenKopRepository kop, Zegel zegel, Clock clock) {
    this.verwerkingen = verwerkingen;
    this.kop = kop;
    this.zegel = zegel;
    this.clock = clock;
  }

  /**
   * @param gecontroleerd how many sealed records were checked
   * @param afwijking where the chain breaks first, in Dutch; null when it is whole
   */
  public record Uitkomst(long gecontroleerd, boolean intact, String afwijking, long nietVerzegeld, long beginVolgnummer,
      long laatsteVolgnummer) {}

  @Transactional(readOnly = true)
  public Uitkomst controleer() {
    KetenKop hoofd = kop.gelezen().orElseThrow();
    String vorige = hoofd.beginHash();
    long verwacht = hoofd.beginVolgnummer();
    long gecontroleerd = 0;
    String afwijking = null;
    List<Verwerking> portie = verwerkingen.verzegeldNa(verwacht - 1, PageRequest.of(0, PORTIE));
    while (!portie.isEmpty() && afwijking == null) {
      for (Verwerking verwerking : portie) {
        if (verwerking.getVolgnummer() != verwacht) {
          afwijking = "Volgnummer " + verwacht + " ontbreekt (het volgende is " + verwerking.getVolgnummer()
              + "): een record is verwijderd.";
          break;
        }
        if (!zegel.van(vorige, verwerking).equals(verwerking.getHash())) {
          afwijking = "Record " + verwacht + " (id " + verwerking.getId() + ") klopt niet met zijn zegel: het is gewijzigd, "
              + "of een record ervoor.";
          break;
        }
        vorige = verwerking.getHash();
        verwacht++;
        gecontroleerd++;
      }
      portie = afwijking == null ? verwerkingen.verzegeldNa(verwacht - 1, PageRequest.of(0, PORTIE)) : List.of();
    }
    if (afwijking == null && verwacht - 1 != hoofd.laatsteVolgnummer()) {
      afwijking = "De keten houdt op bij " + (verwacht - 1) + ", maar de kop zegt " + hoofd.laatsteVolgnummer()
          + ": records aan het eind zijn verwijderd.";
    } else if (afwijking == null && !vorige.equals(hoofd.laatsteHash())) {
      afwijking = "Het laatste zegel klopt niet met de kop van de keten.";
    }
    long oud = verwerkingen.nietVerzegeldVoor(clock.instant().minus(Duration.ofMinutes(1)));
    return new Uitkomst(gecontroleerd, afwijking == null, afwijking, oud, hoofd.beginVolgnummer(), hoofd.laatsteVolgnummer());
  }
}
