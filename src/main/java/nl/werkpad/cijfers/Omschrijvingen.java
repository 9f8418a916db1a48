package nl.werkpad.cijfers;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Dutch names managers read for the codes Werkpad records, in the order the figures show them. */
final class Omschrijvingen {

  private Omschrijvingen() {}

  static final Map<String, String> FASEN = ordered(
      "INTAKE", "Intake",
      "PLAN", "Plan van aanpak",
      "BESCHUT_WERK", "Beschut werk (advies en besluit)",
      "VERWIJZING", "Verwijzing naar de uitvoerder",
      "TRAJECT", "Traject",
      "AFSLUITING", "Afsluiting",
      "ONBEKEND", "Onbekend");

  static final Map<String, String> INSTRUMENTEN = ordered(
      "LEERWERKTRAJECT", "Leer-werktraject",
      "DETACHERING_INDIVIDUEEL", "Detachering (individueel)",
      "DETACHERING_GROEP", "Detachering (groep)",
      "WERKERVARINGSPLAATS", "Werkervaringsplaats",
      "PROEFPLAATSING", "Proefplaatsing",
      "PARTICIPATIEPLAATS", "Participatieplaats",
      "STAGE", "Stage",
      "JOBCOACHING", "Jobcoaching",
      "BESCHUT_WERK", "Beschut werk (dienstbetrekking)",
      "DAGBESTEDING", "Arbeidsmatige dagbesteding",
      "MAATSCHAPPELIJKE_PARTICIPATIE", "Maatschappelijke participatie");

  static final Map<String, String> WERKVORMEN = ordered(
      "INTERN", "Intern",
      "GROEPSDETACHERING", "Groepsdetachering",
      "INDIVIDUELE_DETACHERING", "Individuele detachering",
      "BEGELEID_WERKEN", "Begeleid werken");

  static final Map<String, String> UITKOMSTEN = ordered(
      "WERK_REGULIER", "Uitstroom naar regulier werk",
      "WERK_LOONKOSTENSUBSIDIE", "Werk met loonkostensubsidie",
      "WERK_DETACHERING", "Werk via detachering",
      "BESCHUT_WERK", "Beschut werk",
      "VERHUISD", "Verhuisd",
      "AOW_LEEFTIJD", "AOW-leeftijd bereikt",
      "GESTOPT", "Gestopt",
      "NIEUW_PLAN", "Terug naar de klantmanager voor een nieuw plan",
      "VERWIJZING_INGETROKKEN", "Verwijzing ingetrokken",
      "OVERGEDRAGEN", "Overgedragen aan een andere gemeente",
      "GEANNULEERD", "Geannuleerd",
      "ONTSLAG", "Wsw: ontslag",
      "OVERLIJDEN", "Wsw: overlijden",
      "VERTREK", "Wsw: vertrek",
      "INDICATIE_VERVALLEN", "Wsw: indicatie niet voortgezet",
      "ONBEKEND", "Zonder vastgelegde uitkomst");

  static final Map<String, String> ROUTES = ordered(
      "REGULIER_WERK", "Regulier werk met ondersteuning",
      "DETACHERING", "Detachering",
      "BESCHUT_WERK", "Beschut werk",
      "LEERWERKTRAJECT", "Leer-werktraject",
      "DAGBESTEDING", "Arbeidsmatige dagbesteding",
      "MAATSCHAPPELIJKE_PARTICIPATIE", "Maatschappelijke participatie",
      "WSW", "Wsw",
      "ONBEKEND", "Onbekend");

  private static Map<String, String> ordered(String... codesAndNames) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < codesAndNames.length; i += 2) {
      map.put(codesAndNames[i], codesAndNames[i + 1]);
    }
    return map;
  }
}
