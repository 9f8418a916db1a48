package nl.werkpad.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rules of {@code dmn/ClientRoute.dmn} written out in plain Java, for the benchmark's comparison of the
 * decision table against hand-written code. Not used by the application: the table is the rule.
 * {@code ClientRouteInJavaTest} proves it gives the table's answer for the benchmark's whole input set.
 *
 * <p>Each input may be null (not known), with FEEL's meaning: a test such as {@code true}, {@code < 27} or
 * {@code [1..2]} does not hold for null; {@code null, >= 100} does.
 */
final class ClientRouteInJava {

  /** The table's outputs; null when no rule matches. */
  record Advies(String route, String reden) {}

  /** The inputs of the table, in the order of its columns. */
  record Input(Boolean wswIndicatie, Boolean arbeidsvermogen, Boolean aanpassingenNodig, Boolean begeleidingNodig,
      Integer leeftijd, Boolean startkwalificatie, Integer loonwaarde, Integer participatieladder) {}

  private static final Advies WSW = new Advies("WSW", "Heeft een Wsw-indicatie: blijft in de Wsw.");
  private static final Advies MAATSCHAPPELIJKE_PARTICIPATIE = new Advies("MAATSCHAPPELIJKE_PARTICIPATIE",
      "Heeft nu geen arbeidsvermogen en staat op trede 1 of 2 van de participatieladder: eerst meedoen in de buurt "
          + "en de samenleving (maatschappelijke participatie).");
  private static final Advies DAGBESTEDING = new Advies("DAGBESTEDING",
      "Heeft nu geen arbeidsvermogen, maar doet al mee aan activiteiten (trede 3 of hoger van de participatieladder): "
          + "arbeidsmatige dagbesteding.");
  private static final Advies BESCHUT_WERK_AANPASSINGEN = new Advies("BESCHUT_WERK",
      "Kan werken, maar heeft aanpassingen op de werkplek nodig die een gewone werkgever niet kan bieden: beschut werk "
          + "(UWV geeft eerst advies).");
  private static final Advies BESCHUT_WERK_BEGELEIDING = new Advies("BESCHUT_WERK",
      "Kan werken, maar heeft zoveel begeleiding of toezicht nodig dat een gewone werkgever dat niet kan bieden: "
          + "beschut werk (UWV geeft eerst advies).");
  private static final Advies LEERWERKTRAJECT_JONGERE = new Advies("LEERWERKTRAJECT",
      "Is jonger dan 27 en heeft nog geen startkwalificatie: leren en werken combineren in een leerwerktraject.");
  private static final Advies DETACHERING = new Advies("DETACHERING",
      "Kan werken zonder aanpassingen of extra begeleiding, maar de gemeten loonwaarde is lager dan 100%: werken via "
          + "detachering.");
  private static final Advies REGULIER_WERK = new Advies("REGULIER_WERK",
      "Kan zelfstandig werken zonder verlaagde loonwaarde en staat op trede 4 of hoger van de participatieladder: "
          + "regulier werk.");
  private static final Advies LEERWERKTRAJECT_LADDER = new Advies("LEERWERKTRAJECT",
      "Kan werken, maar staat nog op trede 1 tot en met 3 van de participatieladder: eerst werkervaring opdoen in een "
          + "leerwerktraject.");

  private ClientRouteInJava() {}

  static Advies evaluate(Input in) {
    if (is(in.wswIndicatie(), true)) {
      return WSW;
    }
    if (!is(in.wswIndicatie(), false)) {
      return null;
    }
    if (is(in.arbeidsvermogen(), false)) {
      if (between(in.participatieladder(), 1, 2)) {
        return MAATSCHAPPELIJKE_PARTICIPATIE;
      }
      return between(in.participatieladder(), 3, 6) ? DAGBESTEDING : null;
    }
    if (!is(in.arbeidsvermogen(), true)) {
      return null;
    }
    if (is(in.aanpassingenNodig(), true)) {
      return BESCHUT_WERK_AANPASSINGEN;
    }
    if (!is(in.aanpassingenNodig(), false)) {
      return null;
    }
    if (is(in.begeleidingNodig(), true)) {
      return BESCHUT_WERK_BEGELEIDING;
    }
    if (!is(in.begeleidingNodig(), false) || in.leeftijd() == null) {
      return null;
    }
    boolean jongerDan27 = in.leeftijd() < 27;
    if (jongerDan27) {
      if (is(in.startkwalificatie(), false)) {
        return LEERWERKTRAJECT_JONGERE;
      }
      if (!is(in.startkwalificatie(), true)) {
        return null;
      }
    }
    // From here: 27 or older, or younger with a startkwalificatie; the same three rules for both.
    if (in.loonwaarde() != null && in.loonwaarde() < 100) {
      return DETACHERING;
    }
    if (between(in.participatieladder(), 4, 6)) {
      return REGULIER_WERK;
    }
    return between(in.participatieladder(), 1, 3) ? LEERWERKTRAJECT_LADDER : null;
  }

  /**
   * The benchmark's input set: every combination of the values that the table's rules tell apart (ages
   * either side of 27, loonwaarde unknown, below and at 100, every step of the participatieladder). With
   * {@code withUnknown}, a smaller set in which every input may also be null, as in a process that does
   * not know it (the DMN engine takes about a millisecond an evaluation, so the test keeps it small).
   */
  static List<Input> inputs(boolean withUnknown) {
    List<Boolean> booleans = withUnknown ? listWithNull(false, true) : List.of(false, true);
    List<Integer> leeftijden = withUnknown ? listWithNull(26, 27) : List.of(18, 26, 27, 45, 66);
    List<Integer> loonwaarden = withUnknown ? listWithNull(99, 100) : listWithNull(30, 99, 100);
    List<Integer> treden = withUnknown ? listWithNull(2, 4) : List.of(1, 2, 3, 4, 5, 6);
    List<Input> inputs = new ArrayList<>();
    for (Boolean wsw : booleans) {
      for (Boolean arbeidsvermogen : booleans) {
        for (Boolean aanpassingen : booleans) {
          for (Boolean begeleiding : booleans) {
            for (Integer leeftijd : leeftijden) {
              for (Boolean startkwalificatie : booleans) {
                for (Integer loonwaarde : loonwaarden) {
                  for (Integer trede : treden) {
                    inputs.add(new Input(wsw, arbeidsvermogen, aanpassingen, begeleiding, leeftijd, startkwalificatie,
                        loonwaarde, trede));
                  }
                }
              }
            }
          }
        }
      }
    }
    return Collections.unmodifiableList(inputs);
  }

  private static boolean is(Boolean value, boolean expected) {
    return value != null && value == expected;
  }

  private static boolean between(Integer value, int low, int high) {
    return value != null && value >= low && value <= high;
  }

  /** Null (not known) and the values. */
  @SafeVarargs
  private static <T> List<T> listWithNull(T... values) {
    List<T> list = new ArrayList<>();
    list.add(null);
    Collections.addAll(list, values);
    return Collections.unmodifiableList(list);
  }
}
