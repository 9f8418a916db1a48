package nl.werkpad.zaak;

import java.time.LocalDate;

/** Answers of a ZGW Zaken API 1.5 server, shaped as the public spec describes them, for stubs in tests. */
public final class ZgwBodies {

  private ZgwBodies() {}

  /** A zaak resource with every field the spec lists, most of them empty. */
  public static String zaak(String url, String uuid, String identificatie, String rsin, String zaaktype, LocalDate datum) {
    return """
        {
          "url": "%s",
          "uuid": "%s",
          "identificatie": "%s",
          "bronorganisatie": "%s",
          "omschrijving": "Klantreis werk en participatie %s",
          "toelichting": "",
          "zaaktype": "%s",
          "registratiedatum": "%s",
          "verantwoordelijkeOrganisatie": "%s",
          "startdatum": "%s",
          "einddatum": null,
          "einddatumGepland": null,
          "uiterlijkeEinddatumAfdoening": null,
          "publicatiedatum": null,
          "communicatiekanaal": "",
          "productenOfDiensten": [],
          "vertrouwelijkheidaanduiding": "vertrouwelijk",
          "betalingsindicatie": "",
          "betalingsindicatieWeergave": "",
          "laatsteBetaaldatum": null,
          "zaakgeometrie": null,
          "verlenging": null,
          "opschorting": {"indicatie": false, "reden": ""},
          "selectielijstklasse": "",
          "hoofdzaak": null,
          "deelzaken": [],
          "relevanteAndereZaken": [],
          "eigenschappen": [],
          "rollen": [],
          "status": null,
          "zaakinformatieobjecten": [],
          "zaakobjecten": [],
          "kenmerken": [],
          "archiefnominatie": null,
          "archiefstatus": "nog_te_archiveren",
          "archiefactiedatum": null,
          "resultaat": null,
          "opdrachtgevendeOrganisatie": ""
        }""".formatted(url, uuid, identificatie, rsin, identificatie, zaaktype, datum, rsin, datum);
  }
  /** A rol natuurlijk persoon of a zaak; number tells rollen apart in one test. */
  public static String rol(String api, int number, String zaakUrl, String roltype, LocalDate registratiedatum, String bsn) {
    return """
        {
          "url": "%s/rollen/7c3f1e2a-9b8d-4c6e-a5f4-00000000000%d",
          "uuid": "7c3f1e2a-9b8d-4c6e-a5f4-00000000000%d",
          "zaak": "%s",
          "betrokkene": "",
          "betrokkeneType": "natuurlijk_persoon",
          "afwijkendeNaamBetrokkene": "",
          "roltype": "%s",
          "omschrijving": "Aanvrager",
          "omschrijvingGeneriek": "initiator",
          "roltoelichting": "Cliënt",
          "registratiedatum": "%sT10:15:30.000000+01:00",
          "indicatieMachtiging": "",
          "contactpersoonRol": null,
          "statussen": [],
          "betrokkeneIdentificatie": {
            "inpBsn": "%s",
            "anpIdentificatie": "",
            "inpA_nummer": "",
            "geslachtsnaam": "",
            "voorvoegselGeslachtsnaam": "",
            "voorletters": "",
            "voornamen": "",
            "geslachtsaanduiding": "",
            "geboortedatum": "",
            "verblijfsadres": null,
            "subVerblijfBuitenland": null
          }
        }""".formatted(api, number, number, zaakUrl, roltype, registratiedatum, bsn);
  }}
