package nl.werkpad.logboek;

/**
 * Who processes a person's data: a case worker, a koppeling, or Werkpad itself in a step on its own
 * (a backend call after a task), then on behalf of ({@code namens}) the user whose action led to it.
 *
 * @param id the user's id, or {@code werkpad} for Werkpad itself
 * @param naam as people know them (first and last name), or the step Werkpad took
 */
public record Verwerker(String id, String naam, Soort soort, String namens) {

  public enum Soort { MEDEWERKER, KOPPELING, SYSTEEM }

  public static final String WERKPAD = "werkpad";

  public static Verwerker systeem(String stap, String namens) {
    return new Verwerker(WERKPAD, stap, Soort.SYSTEEM, namens);
  }

  /** How the BRP and the zaaksysteem are told who acts: the user, or Werkpad on behalf of one. */
  public String protocolNaam() {
    return soort == Soort.SYSTEEM ? (namens == null ? WERKPAD : namens) : id;
  }
}
