package nl.werkpad.zaak;

import nl.werkpad.journey.JourneyEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A journey cancelled before its closing (in Cockpit, over the REST API, with or without its listeners)
 * closes its zaken as its closing would: the municipality's and the uitvoerder's, with resultaat
 * GEANNULEERD, in the transaction that ends it. A zaaksysteem that cannot be reached fails the
 * cancellation, which can be tried again; a zaak stays open for no journey.
 */
@Component
class CancelledJourneyZaken {

  private final CaseRegistry cases;

  CancelledJourneyZaken(CaseRegistry cases) {
    this.cases = cases;
  }

  @EventListener
  void journeyEnded(JourneyEnded ended) {
    if (ended.cancelled()) {
      cases.openZakenOf(ended.journeyNumber()).forEach(zaak ->
          cases.close(zaak, ended.uitkomst(), "Klantreis " + ended.journeyNumber() + " is geannuleerd."));
    }
  }
}
