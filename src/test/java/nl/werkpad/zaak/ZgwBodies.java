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
  }}
