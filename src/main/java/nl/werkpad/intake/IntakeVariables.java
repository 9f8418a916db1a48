package nl.werkpad.intake;

/** Variables of the intake that the code reads or writes; the models and forms use the same names. */
final class IntakeVariables {

  private IntakeVariables() {}

  static final String PERSOON_GEVONDEN = "persoonGevonden";
  static final String PERSOON_NAAM = "persoonNaam";
  static final String GEBOORTEDATUM = "geboortedatum";
  static final String LEEFTIJD = "leeftijd";
  static final String JONGER_DAN_27 = "jongerDan27";
  static final String ADRES = "adres";
  static final String GEHEIMHOUDING = "geheimhouding";
  static final String GEMEENTE_VAN_INSCHRIJVING = "gemeenteVanInschrijving";
  static final String GEMEENTE_VAN_INSCHRIJVING_NAAM = "gemeenteVanInschrijvingNaam";
  static final String INGESCHREVEN_IN_WOONGEMEENTE = "ingeschrevenInWoongemeente";

  static final String STOP_REDEN = "stopReden";
  static final String INTAKE_UITKOMST = "intakeUitkomst";
  static final String PARTICIPATIELADDER = "participatieladder";
  static final String ARBEIDSVERMOGEN = "arbeidsvermogen";
  static final String LOONWAARDE = "loonwaarde";
  static final String TAALEIS = "taaleis";

  static final String ROUTE_VOORSTEL = "routeVoorstel";
  static final String ROUTE_REDEN = "routeReden";
  static final String ROUTE_KEUZE = "routeKeuze";
  static final String ROUTE = "route";
  static final String ROUTE_AFWIJKING_REDEN = "routeAfwijkingReden";
  static final String DOELEN = "doelen";
  static final String EVALUATIE_INTERVAL_MAANDEN = "evaluatieIntervalMaanden";
  static final String TAALTRAJECT = "taaltraject";
}
