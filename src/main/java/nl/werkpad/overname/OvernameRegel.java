package nl.werkpad.overname;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.person.Bsn;
import nl.werkpad.region.Regions;
import nl.werkpad.region.RegionsProperties.Municipality;
import nl.werkpad.trajectory.TrajectRegels;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One line of a caseload file, checked and turned into the start of a journey at the person's stage:
 * a client already in a trajectory (soort TRAJECT) or an employee in the Wsw (soort WSW). A line that does
 * not hold says why, in Dutch and without the BSN; nothing else is checked here that the process itself
 * checks when it starts.
 */
record OvernameRegel(int regel, Soort soort, String bsn, String woongemeente, VariableMap variabelen) {

  enum Soort { TRAJECT, WSW }

  /** The columns of the file, in any order; a line may leave out what its kind does not need. */
  static final Set<String> KOLOMMEN = Set.of("soort", "bsn", "woongemeente", "naam", "route", "uitvoerder",
      "instrument", "startdatum", "werkplek", "evaluatie_interval_maanden", "loonwaarde", "loonwaarde_meetdatum",
      "loonwaarde_methode", "indicatie_categorie", "indicatie_einddatum", "werkvorm", "werkgever", "ingangsdatum");

  static OvernameRegel lees(int regel, Map<String, String> kolommen, Regions regions) {
    String soortTekst = waarde(kolommen, "soort").toUpperCase();
    Soort soort;
    try {
      soort = Soort.valueOf(soortTekst);
    } catch (IllegalArgumentException e) {
      throw new Ongeldig("soort moet TRAJECT of WSW zijn, niet '" + soortTekst + "'");
    }
    String bsn = waarde(kolommen, "bsn");
    if (!Bsn.isValid(bsn)) {
      throw new Ongeldig("het BSN is ongeldig (negen cijfers, elfproef)");
    }
    String gemeente = waarde(kolommen, "woongemeente");
    Municipality municipality = regions.municipality(gemeente)
        .orElseThrow(() -> new Ongeldig("gemeente '" + gemeente + "' is onbekend"));
    VariableMap variabelen = Variables.putValue(JourneyVariables.BSN, bsn)
        .putValue(JourneyVariables.WOONGEMEENTE, gemeente)
        .putValue("overname", true)
        .putValue("evaluatieIntervalMaanden", getal(kolommen, "evaluatie_interval_maanden", 6, 1, 24));
    optioneel(kolommen, "naam", "persoonNaam", variabelen);
    if (soort == Soort.TRAJECT) {
      String route = verplicht(kolommen, "route");
      if (route.equals("WSW")) {
        throw new Ongeldig("een Wsw-medewerker heeft soort WSW, geen route WSW");
      }
      if (!JourneyVariables.ROUTES.contains(route)) {
        throw new Ongeldig("route '" + route + "' bestaat niet");
      }
      variabelen.putValue(JourneyVariables.ROUTE, route)
          .putValue("intakeUitkomst", "PLAN")
          .putValue("instrument", keuze(kolommen, "instrument", TrajectRegels.INSTRUMENTEN))
          .putValue("trajectStartdatum", datum(kolommen, "startdatum", true));
      String uitvoerder = waarde(kolommen, "uitvoerder").toUpperCase();
      if (!uitvoerder.isEmpty()) {
        if (!municipality.servedBy(uitvoerder)) {
          throw new Ongeldig("uitvoerder '" + uitvoerder + "' werkt niet voor " + municipality.name()
              + (municipality.uitvoerder() == null ? "; die gemeente doet het zelf (GEMEENTE)" : "; kies "
                  + municipality.uitvoerder() + (municipality.inHouseTeam() ? " of GEMEENTE" : "")));
        }
        variabelen.putValue("uitvoeringsorganisatie", uitvoerder);
      }
      optioneel(kolommen, "werkplek", "werkplek", variabelen);
      if (!waarde(kolommen, "loonwaarde").isEmpty()) {
        variabelen.putValue("loonkostensubsidie", true)
            .putValue("loonwaarde", getal(kolommen, "loonwaarde", 0, 0, 99))
            .putValue("loonwaardeMeetdatum", datum(kolommen, "loonwaarde_meetdatum", true))
            .putValue("loonwaardeMethode", keuze(kolommen, "loonwaarde_methode", TrajectRegels.METHODEN));
      }
    } else {
      variabelen.putValue("wswIndicatieCategorie", verplicht(kolommen, "indicatie_categorie").toUpperCase())
          .putValue("wswIndicatieEinddatum", datum(kolommen, "indicatie_einddatum", true))
          .putValue("werkvorm", verplicht(kolommen, "werkvorm").toUpperCase());
      optioneel(kolommen, "werkgever", "werkgever", variabelen);
      String ingang = datum(kolommen, "ingangsdatum", false);
      if (ingang != null) {
        variabelen.putValue("dienstverbandIngangsdatum", ingang);
      }
    }
    return new OvernameRegel(regel, soort, bsn, gemeente, variabelen);
  }

  /** A line that cannot be taken over. */
  static class Ongeldig extends RuntimeException {
    Ongeldig(String reden) {
      super(reden);
    }
  }

  private static String waarde(Map<String, String> kolommen, String kolom) {
    String value = kolommen.get(kolom);
    return value == null ? "" : value.trim();
  }

  private static String verplicht(Map<String, String> kolommen, String kolom) {
    String value = waarde(kolommen, kolom);
    if (value.isEmpty()) {
      throw new Ongeldig("kolom '" + kolom + "' is leeg");
    }
    return value;
  }

  /** One of the values the trajectory knows, so that the line says what is wrong in the file's own terms. */
  private static String keuze(Map<String, String> kolommen, String kolom, Set<String> toegestaan) {
    String value = verplicht(kolommen, kolom).toUpperCase();
    if (!toegestaan.contains(value)) {
      throw new Ongeldig("kolom '" + kolom + "': '" + value + "' bestaat niet; kies uit " + String.join(", ", new TreeSet<>(toegestaan)));
    }
    return value;
  }

  private static void optioneel(Map<String, String> kolommen, String kolom, String variabele, VariableMap variabelen) {
    String value = waarde(kolommen, kolom);
    if (!value.isEmpty()) {
      variabelen.putValue(variabele, value);
    }
  }

  private static String datum(Map<String, String> kolommen, String kolom, boolean verplicht) {
    String value = verplicht ? verplicht(kolommen, kolom) : waarde(kolommen, kolom);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value).toString();
    } catch (DateTimeParseException e) {
      throw new Ongeldig("kolom '" + kolom + "' is geen datum (JJJJ-MM-DD): '" + value + "'");
    }
  }

  private static int getal(Map<String, String> kolommen, String kolom, int standaard, int min, int max) {
    String value = waarde(kolommen, kolom);
    if (value.isEmpty()) {
      return standaard;
    }
    int getal;
    try {
      getal = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new Ongeldig("kolom '" + kolom + "' is geen heel getal: '" + value + "'");
    }
    if (getal < min || getal > max) {
      throw new Ongeldig("kolom '" + kolom + "' moet tussen " + min + " en " + max + " liggen, niet " + getal);
    }
    return getal;
  }
}
