package nl.werkpad.beschutwerk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.person.AowLeeftijd;
import org.springframework.stereotype.Component;

/**
 * The facts the beschut werk model asks for in expressions ({@code ${beschutWerk.taakstellingBereikt(woongemeente)}}):
 * what the decision needs beyond the brede intake, and the terms of UWV and of the law.
 */
@Component("beschutWerk")
public class BeschutWerk {

  /** UWV advises within 8 weeks of the request (Besluit advisering beschut werk). */
  static final int UWV_TERMIJN_WEKEN = 8;
  /** After a negative advice a new request can follow after 12 months (Participatiewet art. 10b). */
  static final int NIEUWE_AANVRAAG_NA_MAANDEN = 12;
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private final Taakstelling taakstelling;
  private final Clock clock;

  BeschutWerk(Taakstelling taakstelling, Clock clock) {
    this.taakstelling = taakstelling;
    this.clock = clock;
  }

  /** From the BRP birth date; an unknown birth date is not taken as AOW age reached. */
  @ModelApi
  public boolean aowLeeftijdBereikt(Object geboortedatum) {
    return geboortedatum != null && !geboortedatum.toString().isBlank()
        && AowLeeftijd.reached(LocalDate.parse(geboortedatum.toString()), today());
  }

  @ModelApi
  public boolean taakstellingBereikt(String woongemeente) {
    return taakstelling.bereikt(woongemeente, today());
  }

  /**
   * The advice the decision weighs: a negative advice older than 12 months no longer stands in the way
   * of a new request, so it counts as no advice.
   */
  @ModelApi
  public String adviesVoorBesluit(Object advies, Object adviesDatum) {
    if ("NEGATIEF".equals(advies) && adviesDatum != null
        && LocalDate.parse(adviesDatum.toString()).plusMonths(NIEUWE_AANVRAAG_NA_MAANDEN).isBefore(today().plusDays(1))) {
      return null;
    }
    return advies == null ? null : advies.toString();
  }

  /** The morning after the last day of UWV's 8-week term, counted from the day the request went. */
  @ModelApi
  public Date uwvTermijnVerstreken(Object aangevraagdOp) {
    LocalDate from = aangevraagdOp == null ? today() : LocalDate.parse(aangevraagdOp.toString());
    return startOf(from.plusWeeks(UWV_TERMIJN_WEKEN).plusDays(1));
  }

  /** When a rejection comes back to the klantmanager: 12 months after the decision. */
  Date herinneringNaAfwijzing(LocalDate besluitDatum) {
    return startOf(besluitDatum.plusMonths(NIEUWE_AANVRAAG_NA_MAANDEN));
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(NL));
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(NL).toInstant());
  }
}
