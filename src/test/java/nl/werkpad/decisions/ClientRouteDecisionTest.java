package nl.werkpad.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision ClientRoute (dmn/ClientRoute.dmn), evaluated by a standalone DMN engine with the same
 * FEEL engine as the process engine (the Scala FEEL engine, the default in 7.24). No Spring.
 *
 * <p>The engine's result does not say which rule matched, so a decision table evaluation listener records
 * the ids of the matched rules; the case table states the rule it expects for every case, and
 * {@link #everyRuleHasACase()} fails as soon as the table gets a rule without a case.
 */
class ClientRouteDecisionTest {

  private static final Path DMN_FILE = Path.of("dmn/ClientRoute.dmn");
  private static final String DECISION = "ClientRoute";

  /** The route values of the contract (docs/contract.md, Decisions, ClientRoute). */
  private static final Set<String> ROUTES =
      Set.of(
          "REGULIER_WERK", "DETACHERING", "LEERWERKTRAJECT", "BESCHUT_WERK", "DAGBESTEDING",
          "MAATSCHAPPELIJKE_PARTICIPATIE", "WSW");

  /** Words the explanation for the client uses for each route: plain Dutch, not the code. */
  private static final Map<String, String> ROUTE_IN_WORDS =
      Map.of(
          "REGULIER_WERK", "regulier werk",
          "DETACHERING", "detachering",
          "LEERWERKTRAJECT", "leerwerktraject",
          "BESCHUT_WERK", "beschut werk",
          "DAGBESTEDING", "dagbesteding",
          "MAATSCHAPPELIJKE_PARTICIPATIE", "maatschappelijke participatie",
          "WSW", "Wsw");

  /**
   * One or more cases per rule, with the rule expected to match. Inputs in the contract's order;
   * loonwaarde null = not measured.
   */
  private static final String CASES =
      """
      rule,                                   route,                         ladder, arbeidsvermogen, aanpassingen, begeleiding, wsw,   loonwaarde, leeftijd, startkwalificatie
      Rule_Wsw,                               WSW,                           5,      true,            false,        false,       true,  80,         45,       true
      Rule_Wsw,                               WSW,                           1,      false,           false,        false,       true,  null,       60,       false
      Rule_Wsw,                               WSW,                           3,      true,            true,         true,        true,  null,       22,       false
      Rule_MaatschappelijkeParticipatie,      MAATSCHAPPELIJKE_PARTICIPATIE, 1,      false,           false,        false,       false, null,       40,       false
      Rule_MaatschappelijkeParticipatie,      MAATSCHAPPELIJKE_PARTICIPATIE, 2,      false,           true,         true,        false, 50,         20,       false
      Rule_Dagbesteding,                      DAGBESTEDING,                  3,      false,           false,        false,       false, null,       50,       false
      Rule_Dagbesteding,                      DAGBESTEDING,                  6,      false,           false,        true,        false, 100,        30,       true
      Rule_BeschutWerk_Aanpassingen,          BESCHUT_WERK,                  4,      true,            true,         false,       false, null,       35,       true
      Rule_BeschutWerk_Aanpassingen,          BESCHUT_WERK,                  2,      true,            true,         true,        false, 60,         19,       false
      Rule_BeschutWerk_Begeleiding,           BESCHUT_WERK,                  4,      true,            false,        true,        false, 70,         50,       true
      Rule_BeschutWerk_Begeleiding,           BESCHUT_WERK,                  3,      true,            false,        true,        false, null,       20,       false
      Rule_Leerwerktraject_Jongere,           LEERWERKTRAJECT,               5,      true,            false,        false,       false, 80,         22,       false
      Rule_Leerwerktraject_Jongere,           LEERWERKTRAJECT,               6,      true,            false,        false,       false, null,       26,       false
      Rule_Detachering_Vanaf27,               DETACHERING,                   5,      true,            false,        false,       false, 80,         40,       false
      Rule_Detachering_Vanaf27,               DETACHERING,                   6,      true,            false,        false,       false, 99,         27,       true
      Rule_Detachering_Startkwalificatie,     DETACHERING,                   3,      true,            false,        false,       false, 0,          20,       true
      Rule_RegulierWerk_Vanaf27,              REGULIER_WERK,                 5,      true,            false,        false,       false, null,       45,       false
      Rule_RegulierWerk_Vanaf27,              REGULIER_WERK,                 4,      true,            false,        false,       false, 100,        27,       true
      Rule_RegulierWerk_Startkwalificatie,    REGULIER_WERK,                 6,      true,            false,        false,       false, 100,        23,       true
      Rule_Leerwerktraject_Vanaf27,           LEERWERKTRAJECT,               3,      true,            false,        false,       false, 100,        30,       false
      Rule_Leerwerktraject_Vanaf27,           LEERWERKTRAJECT,               1,      true,            false,        false,       false, null,       66,       true
      Rule_Leerwerktraject_Startkwalificatie, LEERWERKTRAJECT,               2,      true,            false,        false,       false, null,       18,       true
      """;

  private static DecisionTableUnderTest table;

  @BeforeAll
  static void parseTheDecision() {
    table = DecisionTableUnderTest.load(DMN_FILE, DECISION);
  }

  // --- every rule, from the table of cases --------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseMatchesItsRuleAndGivesItsRoute(Case c) {
    Outcome outcome = evaluate(c.input());

    assertThat(outcome.matchedRules()).as("matched rules").containsExactly(c.rule());
    assertThat(outcome.results()).as("results").hasSize(1);
    assertThat(outcome.route()).isEqualTo(c.route());
    assertExplainedInDutch(outcome);
  }

  @Test
  void everyRuleHasACase() {
    Set<String> hit = new TreeSet<>();
    for (Case c : cases().toList()) {
      hit.addAll(evaluate(c.input()).matchedRules());
    }
    Set<String> ruleIds = table.ruleIds();

    assertThat(ruleIds).as("rules of %s", DMN_FILE).isNotEmpty();
    assertThat(hit).as("rules hit by the cases").containsExactlyElementsOf(ruleIds);
  }

  // --- precedence -----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "null",
      textBlock =
          """
          # why,                                                                     route,           ladder, arbeidsvermogen, aanpassingen, begeleiding, wsw,   loonwaarde, leeftijd, startkwalificatie
          Wsw-indicatie zonder arbeidsvermogen: Wsw,                                 WSW,             1,      false,           false,        false,       true,  null,       40,       false
          Wsw-indicatie met begeleiding nodig: Wsw,                                  WSW,             4,      true,            false,        true,        true,  70,         40,       true
          jonger dan 27 zonder startkwalificatie met begeleiding: beschut werk,      BESCHUT_WERK,    4,      true,            false,        true,        false, null,       20,       false
          jonger dan 27 zonder startkwalificatie met loonwaarde 60: leerwerktraject, LEERWERKTRAJECT, 5,      true,            false,        false,       false, 60,         24,       false
          loonwaarde niet gemeten op trede 5: regulier werk,                         REGULIER_WERK,   5,      true,            false,        false,       false, null,       35,       false
          loonwaarde 100 op trede 3: leerwerktraject,                                LEERWERKTRAJECT, 3,      true,            false,        false,       false, 100,        35,       false
          loonwaarde 99 op trede 6: detachering,                                     DETACHERING,     6,      true,            false,        false,       false, 99,         35,       false
          loonwaarde 0 op trede 1: detachering,                                      DETACHERING,     1,      true,            false,        false,       false, 0,          35,       true
          """)
  void theEarlierRuleOfThePolicyWins(
      String why, String route, int ladder, boolean arbeidsvermogen, boolean aanpassingen,
      boolean begeleiding, boolean wsw, Integer loonwaarde, int leeftijd, boolean startkwalificatie) {
    Outcome outcome =
        evaluate(new Input(ladder, arbeidsvermogen, aanpassingen, begeleiding, wsw, loonwaarde, leeftijd,
            startkwalificatie));

    assertThat(outcome.results()).as(why).hasSize(1);
    assertThat(outcome.route()).as(why).isEqualTo(route);
  }

  // --- the whole valid input space ------------------------------------------------------------------

  /**
   * Every combination: exactly one result (hit policy UNIQUE would throw on two), a valid route, an
   * explanation, and the route the policy gives when read top to bottom in order of precedence.
   */
  @Test
  void everyValidInputGivesExactlyOneRouteTheOneOfThePolicy() {
    List<String> wrong = new ArrayList<>();
    int evaluated = 0;
    for (int ladder = 1; ladder <= 6; ladder++) {
      for (boolean arbeidsvermogen : BOOLEANS) {
        for (boolean aanpassingen : BOOLEANS) {
          for (boolean begeleiding : BOOLEANS) {
            for (boolean wsw : BOOLEANS) {
              for (Integer loonwaarde : Arrays.asList(null, 0, 50, 99, 100)) {
                for (int leeftijd : List.of(18, 26, 27, 66)) {
                  for (boolean startkwalificatie : BOOLEANS) {
                    Input input = new Input(ladder, arbeidsvermogen, aanpassingen, begeleiding, wsw,
                        loonwaarde, leeftijd, startkwalificatie);
                    Outcome outcome = evaluate(input);
                    evaluated++;
                    if (outcome.results().size() != 1 || outcome.matchedRules().size() != 1) {
                      wrong.add(input + ": " + outcome.results().size() + " results, rules "
                          + outcome.matchedRules());
                    } else if (!ROUTES.contains(outcome.route())) {
                      wrong.add(input + ": invalid route " + outcome.route());
                    } else if (!outcome.route().equals(policy(input))) {
                      wrong.add(input + ": " + outcome.route() + " by " + outcome.matchedRules()
                          + ", policy says " + policy(input));
                    } else if (outcome.reden() == null || outcome.reden().isBlank()) {
                      wrong.add(input + ": no reden");
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    assertThat(evaluated).isEqualTo(6 * 16 * 5 * 4 * 2);
    assertThat(wrong).as("inputs with a wrong outcome").isEmpty();
  }

  /** A process that never measured loonwaarde may leave the variable unset: that is "not measured". */
  @Test
  void anUnsetLoonwaardeCountsAsNotMeasured() {
    VariableMap withoutLoonwaarde = variables(new Input(5, true, false, false, false, null, 35, true));
    withoutLoonwaarde.remove("loonwaarde");
    DecisionTableUnderTest.Evaluation evaluation = table.evaluate(withoutLoonwaarde);

    assertThat(evaluation.results()).hasSize(1);
    assertThat(evaluation.results().get(0).get("route")).isEqualTo("REGULIER_WERK");
    assertThat(evaluation.matchedRules()).containsExactly("Rule_RegulierWerk_Vanaf27");
  }

  /** An input outside the contract (ladder 7) gives no proposal: the klantmanager chooses. */
  @Test
  void aLadderOutsideOneToSixGivesNoProposal() {
    Outcome outcome = evaluate(new Input(7, true, false, false, false, null, 35, true));

    assertThat(outcome.results()).isEmpty();
  }

  /**
   * The initial policy in its order of precedence, as the decision's description states it, written
   * plainly: the first step that applies gives the route.
   */
  private static String policy(Input in) {
    if (in.wsw()) {
      return "WSW";
    }
    if (!in.arbeidsvermogen()) {
      return in.ladder() <= 2 ? "MAATSCHAPPELIJKE_PARTICIPATIE" : "DAGBESTEDING";
    }
    if (in.aanpassingen() || in.begeleiding()) {
      return "BESCHUT_WERK";
    }
    if (in.leeftijd() < 27 && !in.startkwalificatie()) {
      return "LEERWERKTRAJECT";
    }
    if (in.loonwaarde() != null && in.loonwaarde() < 100) {
      return "DETACHERING";
    }
    if (in.ladder() >= 4) {
      return "REGULIER_WERK";
    }
    return "LEERWERKTRAJECT";
  }

  // --- helpers --------------------------------------------------------------------------------------

  private static final List<Boolean> BOOLEANS = List.of(false, true);

  /** The explanation for the client: a Dutch sentence naming the route in words, not the code. */
  private static void assertExplainedInDutch(Outcome outcome) {
    assertThat(outcome.reden())
        .as("reden for %s", outcome.route())
        .isNotBlank()
        .contains(ROUTE_IN_WORDS.get(outcome.route()))
        .doesNotContain("_")
        .endsWith(".");
  }

  private static Outcome evaluate(Input in) {
    DecisionTableUnderTest.Evaluation evaluation = table.evaluate(variables(in));
    return new Outcome(evaluation.results(), evaluation.matchedRules());
  }

  private static VariableMap variables(Input in) {
    return Variables.createVariables()
        .putValue("participatieladder", in.ladder())
        .putValue("arbeidsvermogen", in.arbeidsvermogen())
        .putValue("aanpassingenNodig", in.aanpassingen())
        .putValue("begeleidingNodig", in.begeleiding())
        .putValue("wswIndicatie", in.wsw())
        .putValue("loonwaarde", in.loonwaarde())
        .putValue("leeftijd", in.leeftijd())
        .putValue("startkwalificatie", in.startkwalificatie());
  }

  /** The cases of {@link #CASES}, parsed. */
  static Stream<Case> cases() {
    return CASES.lines()
        .skip(1) // header
        .filter(line -> !line.isBlank())
        .map(Case::parse);
  }

  record Input(
      int ladder, boolean arbeidsvermogen, boolean aanpassingen, boolean begeleiding, boolean wsw,
      Integer loonwaarde, int leeftijd, boolean startkwalificatie) {}

  record Case(String rule, String route, Input input) {

    static Case parse(String line) {
      String[] c = Arrays.stream(line.split(",")).map(String::trim).toArray(String[]::new);
      assertThat(c).as("columns of case %s", line).hasSize(10);
      return new Case(
          c[0],
          c[1],
          new Input(
              Integer.parseInt(c[2]), bool(c[3]), bool(c[4]), bool(c[5]), bool(c[6]),
              "null".equals(c[7]) ? null : Integer.valueOf(c[7]), Integer.parseInt(c[8]), bool(c[9])));
    }

    private static boolean bool(String value) {
      assertThat(value).isIn("true", "false");
      return Boolean.parseBoolean(value);
    }

    @Override
    public String toString() {
      return route + " by " + rule + " for " + input;
    }
  }

  record Outcome(List<Map<String, Object>> results, List<String> matchedRules) {

    String route() {
      return (String) results.get(0).get("route");
    }

    String reden() {
      return (String) results.get(0).get("reden");
    }
  }
}
