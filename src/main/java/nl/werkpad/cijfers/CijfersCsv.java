package nl.werkpad.cijfers;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.werkpad.cijfers.Cijfers.Aantal;
import nl.werkpad.cijfers.Cijfers.Doorlooptijd;
import nl.werkpad.cijfers.Cijfers.Rapport;
import nl.werkpad.cijfers.Cijfers.Taakstellingcijfer;

/**
 * The figures as a CSV file that opens correctly in Excel for a council report: UTF-8 with a byte order
 * mark (so é and ë survive), a semicolon as separator and a decimal comma (Dutch regional settings), and
 * Dutch headers. One row per figure: the section, what is counted, and the numbers.
 */
final class CijfersCsv {

  private static final String BOM = "\uFEFF";
  private static final String EOL = "\r\n";

  private CijfersCsv() {}

  static byte[] write(Rapport rapport, String gemeenteNamen) {
    StringBuilder csv = new StringBuilder(BOM);
    row(csv, "Onderdeel", "Omschrijving", "Aantal", "Mediaan (dagen)", "90e percentiel (dagen)", "Taakstelling");
    row(csv, "Selectie", "Gemeente(n)", gemeenteNamen, "", "", "");
    row(csv, "Selectie", "Periode", rapport.selectie().van() + " t/m " + rapport.selectie().tot(), "", "", "");
    if (rapport.selectie().uitvoerder() != null) {
      row(csv, "Selectie", "Uitvoerder", rapport.selectie().uitvoerder(), "", "", "");
    }
    aantallen(csv, "Nu in fase", rapport.fasen());
    aantallen(csv, "Nu in traject, per instrument", rapport.instrumenten());
    row(csv, "Nu op de wachtlijst beschut werk", "Klanten", Long.toString(rapport.wachtlijstBeschutWerk()), "", "", "");
    aantallen(csv, "Wsw-dienstverbanden per werkvorm", rapport.wswWerkvormen());
    for (Doorlooptijd d : rapport.doorlooptijden()) {
      row(csv, "Doorlooptijd", d.omschrijving(), Long.toString(d.aantal()), decimal(d.mediaanDagen()), decimal(d.p90Dagen()), "");
    }
    row(csv, "Verwijzingen", "Verwezen in de periode", Long.toString(rapport.verwijzingen()), "", "", "");
    row(csv, "Verwijzingen", "Over de termijn", Long.toString(rapport.verwijzingenOverTermijn()), "", "", "");
    aantallen(csv, "Uitkomst traject", rapport.uitkomsten());
    aantallen(csv, "Gestopt, met reden", rapport.stopredenen());
    aantallen(csv, "Klantreis afgesloten", rapport.afgeslotenKlantreizen());
    aantallen(csv, "Gekozen route", rapport.routes());
    for (Taakstellingcijfer t : rapport.beschutWerk()) {
      row(csv, "Beschut werk " + rapport.selectie().tot().getYear(), t.naam() + ": plaatsingen", Long.toString(t.plaatsingen()),
          "", "", t.taakstelling() == null ? "geen" : t.taakstelling().toString());
      row(csv, "Beschut werk " + rapport.selectie().tot().getYear(), t.naam() + ": wachtlijst", Long.toString(t.wachtlijst()),
          "", "", "");
    }
    row(csv, "Participatieladder", "Gestegen", Long.toString(rapport.ladder().omhoog()), "", "", "");
    row(csv, "Participatieladder", "Gelijk gebleven", Long.toString(rapport.ladder().gelijk()), "", "", "");
    row(csv, "Participatieladder", "Gedaald", Long.toString(rapport.ladder().omlaag()), "", "", "");
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void aantallen(StringBuilder csv, String onderdeel, Iterable<Aantal> aantallen) {
    for (Aantal a : aantallen) {
      row(csv, onderdeel, a.omschrijving(), Long.toString(a.aantal()), "", "", "");
    }
  }

  private static String decimal(Double value) {
    return value == null ? "" : new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"))).format(value);
  }

  private static void row(StringBuilder csv, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(quote(cells[i]));
    }
    csv.append(EOL);
  }

  /** Quoted when it holds a separator, a quote or a line break; a leading = + - @ is defused for Excel. */
  private static String quote(String cell) {
    String value = cell == null ? "" : cell;
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+([.,]\\d+)?")) {
      value = "'" + value;
    }
    return value.matches(".*[;\"\r\n].*") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
