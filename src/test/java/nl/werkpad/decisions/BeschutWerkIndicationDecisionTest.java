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
 * The decision BeschutWerkIndication (dmn/BeschutWerkIndication.dmn), evaluated by a standalone DMN
 * engine with the same FEEL engine as the process engine. No Spring.
 *
 * <p>A decision table evaluation listener records the ids of the matched rules; the case table states
 * the rule it expects for every case, and {@link #everyRuleHasACase()} fails as soon as the table gets a
 * rule without a case. A Boolean input that is null or not set counts as false, an uwvAdvies that is null
 * or not set as GEEN (the table says so with {@code false, null} and {@code "GEEN", null}).
 */
class BeschutWerkIndicationDecisionTest {

  private static final Path DMN_FILE = Path.of("dmn/BeschutWerkIndication.dmn");
  private static final String DECISION = "BeschutWerkIndication";

  /** The besluit values of the contract (docs/contract.md, Decisions, BeschutWerkIndication). */
  private static final Set<String> BESLUITEN = Set.of("ADVIES_AANVRAGEN", "TOEKENNEN", "WACHTLIJST", "AFWIJZEN");

  /** The uwvAdvies values of the contract. */
  private static final List<String> ADVIEZEN = List.of("GEEN", "POSITIEF", "NEGATIEF");

  /**
   * One or more cases per rule, with the rule expected to match. Inputs in the contract's order; null =
   * the variable is not set.
   */
  private static final String CASES =
      """
      rule,                                           besluit,          aow,   wsw,   arbeidsvermogen, aanpassingen, begeleiding, advies,   taakstelling
      Rule_AowLeeftijd,                               AFWIJZEN,         true,  false, true,            true,         true,        GEEN,     false
      Rule_AowLeeftijd,                               AFWIJZEN,         true,  true,  false,           false,        false,       NEGATIEF, true
      Rule_AowLeeftijd,                               AFWIJZEN,         true,  false, true,            false,        true,        POSITIEF, false
      Rule_WswIndicatie,                              AFWIJZEN,         false, true,  true,            true,         false,       GEEN,     false
      Rule_WswIndicatie,                              AFWIJZEN,         null,  true,  true,            false,        true,        POSITIEF, false
      Rule_PositiefAdvies_Toekennen,                  TOEKENNEN,        false, false, true,            true,         true,        POSITIEF, false
      Rule_PositiefAdvies_Toekennen,                  TOEKENNEN,        false, false, false,           false,        false,       POSITIEF, null
      Rule_PositiefAdvies_Wachtlijst,                 WACHTLIJST,       false, false, true,            false,        true,        POSITIEF, true
      Rule_PositiefAdvies_Wachtlijst,                 WACHTLIJST,       null,  null,  true,            true,         false,       POSITIEF, true
      Rule_NegatiefAdvies,                            AFWIJZEN,         false, false, true,            true,         true,        NEGATIEF, false
      Rule_NegatiefAdvies,                            AFWIJZEN,         false, false, false,           false,        false,       NEGATIEF, true
      Rule_GeenAdvies_GeenArbeidsvermogen,            AFWIJZEN,         false, false, false,           true,         true,        GEEN,     false
      Rule_GeenAdvies_GeenArbeidsvermogen,            AFWIJZEN,         false, false, null,            false,        false,       null,     true
      Rule_GeenAdvies_GeenAanpassingenOfBegeleiding,  AFWIJZEN,         false, false, true,            false,        false,       GEEN,     false
      Rule_GeenAdvies_GeenAanpassingenOfBegeleiding,  AFWIJZEN,         false, false, true,            null,         null,        null,     true
      Rule_GeenAdvies_Aanpassingen_AdviesAanvragen,   ADVIES_AANVRAGEN, false, false, true,            true,         false,       GEEN,     false
      Rule_GeenAdvies_Aanpassingen_AdviesAanvragen,   ADVIES_AANVRAGEN, false, false, true,            true,         true,        null,     true
      Rule_GeenAdvies_Begeleiding_AdviesAanvragen,    ADVIES_AANVRAGEN, false, false, true,            false,        true,        GEEN,     true
      Rule_GeenAdvies_Begeleiding_AdviesAanvragen,    ADVIES_AANVRAGEN, null,  null,  true,            null,         true,        GEEN,     null
      """;

  private static DecisionTableUnderTest table;

  @BeforeAll
  static void parseTheDecision() {
    table = DecisionTableUnderTest.load(DMN_FILE, DECISION);
  }

  // --- every rule, from the table of cases --------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseMatchesItsRuleAndGivesItsBesluit(Case c) {
    Outcome outcome = evaluate(c.input());

    assertThat(outcome.matchedRules()).as("matched rules").containsExactly(c.rule());
    assertThat(outcome.results()).as("results").hasSize(1);
    assertThat(outcome.besluit()).isEqualTo(c.besluit());
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
          # why,                                                                      besluit,    aow,   wsw,   arbeidsvermogen, aanpassingen, begeleiding, advies,   taakstelling
          Wsw-indicatie met positief advies: afwijzen,                                AFWIJZEN,   false, true,  true,            true,         true,        POSITIEF, false
          AOW-leeftijd met positief advies: afwijzen,                                 AFWIJZEN,   true,  false, true,            true,         true,        POSITIEF, false
          AOW-leeftijd en Wsw-indicatie met positief advies: afwijzen,                AFWIJZEN,   true,  true,  true,            false,        true,        POSITIEF, true
          positief advies met taakstelling bereikt: wachtlijst,                       WACHTLIJST, false, false, true,            true,         true,        POSITIEF, true
          positief advies zonder arbeidsvermogen volgens de gemeente: toekennen,      TOEKENNEN,  false, false, false,           false,        false,       POSITIEF, false
          negatief advies met arbeidsvermogen en begeleiding nodig: afwijzen,         AFWIJZEN,   false, false, true,            false,        true,        NEGATIEF, false
          negatief advies met arbeidsvermogen en aanpassingen nodig: afwijzen,        AFWIJZEN,   false, false, true,            true,         false,       NEGATIEF, true
          """)
  void theEarlierRuleOfThePolicyWins(
      String why, String besluit, Boolean aow, Boolean wsw, Boolean arbeidsvermogen, Boolean aanpassingen,
      Boolean begeleiding, String advies, Boolean taakstelling) {
    Outcome outcome =
        evaluate(new Input(aow, wsw, arbeidsvermogen, aanpassingen, begeleiding, advies, taakstelling));

    assertThat(outcome.results()).as(why).hasSize(1);
    assertThat(outcome.besluit()).as(why).isEqualTo(besluit);
    assertExplainedInDutch(outcome);
  }

  // --- the whole input space ------------------------------------------------------------------------

  /**
   * Every combination of the contract's values (2^6 × 3): exactly one result (hit policy UNIQUE would
   * throw on two), a valid besluit, an explanation, and the besluit of the policy read top to bottom.
   */
  @Test
  void everyInputGivesExactlyOneBesluitTheOneOfThePolicy() {
    List<Boolean> booleans = List.of(false, true);
    List<String> wrong = new ArrayList<>();
    int evaluated = 0;
    for (Input input : combinations(booleans, ADVIEZEN)) {
      checkAgainstThePolicy(input, wrong);
      evaluated++;
    }
    assertThat(evaluated).isEqualTo(64 * 3);
    assertThat(wrong).as("inputs with a wrong outcome").isEmpty();
  }

  /**
   * The same with every input also left unset (3^6 × 4): an unset Boolean counts as false, an unset
   * uwvAdvies as GEEN, so the process may leave out what it does not know.
   */
  @Test
  void anUnsetInputCountsAsNoOrNoAdviceYet() {
    List<Boolean> booleans = Arrays.asList(false, true, null);
    List<String> adviezen = Arrays.asList("GEEN", "POSITIEF", "NEGATIEF", null);
    List<String> wrong = new ArrayList<>();
    int evaluated = 0;
    for (Input input : combinations(booleans, adviezen)) {
      checkAgainstThePolicy(input, wrong);
      evaluated++;
    }
    assertThat(evaluated).isEqualTo(729 * 4);
    assertThat(wrong).as("inputs with a wrong outcome").isEmpty();
  }

  /** A variable set to null gives the same as a variable not set. */
  @Test
  void aNullValueCountsLikeAnUnsetVariable() {
    VariableMap nulls = Variables.createVariables()
        .putValue("aowLeeftijdBereikt", null)
        .putValue("wswIndicatie", null)
        .putValue("arbeidsvermogen", true)
        .putValue("aanpassingenNodig", null)
        .putValue("begeleidingNodig", true)
        .putValue("uwvAdvies", null)
        .putValue("taakstellingBereikt", null);
    DecisionTableUnderTest.Evaluation evaluation = table.evaluate(nulls);

    assertThat(evaluation.results()).hasSize(1);
    assertThat(evaluation.results().get(0).get("besluit")).isEqualTo("ADVIES_AANVRAGEN");
    assertThat(evaluation.matchedRules()).containsExactly("Rule_GeenAdvies_Begeleiding_AdviesAanvragen");
  }

  /** An advice outside the contract gives no besluit: the klantmanager looks at it. */
  @Test
  void anAdviceOutsideTheContractGivesNoBesluit() {
    Outcome outcome = evaluate(new Input(false, false, true, true, true, "ONBEKEND", false));

    assertThat(outcome.results()).isEmpty();
  }

  /**
   * The policy in its order of precedence, as the brief and the decision's description state it, written
   * plainly: the first step that applies gives the besluit. Null counts as false, a null advice as GEEN.
   */
  private static String policy(Input in) {
    if (isTrue(in.aow())) {
      return "AFWIJZEN";
    }
    if (isTrue(in.wsw())) {
      return "AFWIJZEN";
    }
    String advies = in.advies() == null ? "GEEN" : in.advies();
    if (advies.equals("POSITIEF")) {
      return isTrue(in.taakstelling()) ? "WACHTLIJST" : "TOEKENNEN";
    }
    if (advies.equals("NEGATIEF")) {
      return "AFWIJZEN";
    }
    if (!isTrue(in.arbeidsvermogen())) {
      return "AFWIJZEN";
    }
    if (!isTrue(in.aanpassingen()) && !isTrue(in.begeleiding())) {
      return "AFWIJZEN";
    }
    return "ADVIES_AANVRAGEN";
  }

  // --- helpers --------------------------------------------------------------------------------------

  private static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }

  private static void checkAgainstThePolicy(Input input, List<String> wrong) {
    Outcome outcome = evaluate(input);
    if (outcome.results().size() != 1 || outcome.matchedRules().size() != 1) {
      wrong.add(input + ": " + outcome.results().size() + " results, rules " + outcome.matchedRules());
    } else if (!BESLUITEN.contains(outcome.besluit())) {
      wrong.add(input + ": invalid besluit " + outcome.besluit());
    } else if (!outcome.besluit().equals(policy(input))) {
      wrong.add(input + ": " + outcome.besluit() + " by " + outcome.matchedRules() + ", policy says "
          + policy(input));
    } else if (outcome.reden() == null || outcome.reden().isBlank()) {
      wrong.add(input + ": no reden");
    }
  }

  private static List<Input> combinations(List<Boolean> booleans, List<String> adviezen) {
    List<Input> all = new ArrayList<>();
    for (Boolean aow : booleans) {
      for (Boolean wsw : booleans) {
        for (Boolean arbeidsvermogen : booleans) {
          for (Boolean aanpassingen : booleans) {
            for (Boolean begeleiding : booleans) {
              for (String advies : adviezen) {
                for (Boolean taakstelling : booleans) {
                  all.add(new Input(aow, wsw, arbeidsvermogen, aanpassingen, begeleiding, advies, taakstelling));
                }
              }
            }
          }
        }
      }
    }
    return all;
  }

  /** The explanation for the client: a Dutch sentence, no codes. */
  private static void assertExplainedInDutch(Outcome outcome) {
    assertThat(outcome.reden())
        .as("reden for %s", outcome.besluit())
        .isNotBlank()
        .doesNotContain("_")
        .doesNotContain(outcome.besluit())
        .endsWith(".");
  }

  private static Outcome evaluate(Input in) {
    DecisionTableUnderTest.Evaluation evaluation = table.evaluate(variables(in));
    return new Outcome(evaluation.results(), evaluation.matchedRules());
  }

  /** The variables of the input; a null input is left out (not set), as a process that does not know it. */
  private static VariableMap variables(Input in) {
    VariableMap variables = Variables.createVariables();
    putIfKnown(variables, "aowLeeftijdBereikt", in.aow());
    putIfKnown(variables, "wswIndicatie", in.wsw());
    putIfKnown(variables, "arbeidsvermogen", in.arbeidsvermogen());
    putIfKnown(variables, "aanpassingenNodig", in.aanpassingen());
    putIfKnown(variables, "begeleidingNodig", in.begeleiding());
    putIfKnown(variables, "uwvAdvies", in.advies());
    putIfKnown(variables, "taakstellingBereikt", in.taakstelling());
    return variables;
  }

  private static void putIfKnown(VariableMap variables, String name, Object value) {
    if (value != null) {
      variables.putValue(name, value);
    }
  }

  /** The cases of {@link #CASES}, parsed. */
  static Stream<Case> cases() {
    return CASES.lines()
        .skip(1) // header
        .filter(line -> !line.isBlank())
        .map(Case::parse);
  }

  record Input(
      Boolean aow, Boolean wsw, Boolean arbeidsvermogen, Boolean aanpassingen, Boolean begeleiding,
      String advies, Boolean taakstelling) {}

  record Case(String rule, String besluit, Input input) {

    static Case parse(String line) {
      String[] c = Arrays.stream(line.split(",")).map(String::trim).toArray(String[]::new);
      assertThat(c).as("columns of case %s", line).hasSize(9);
      return new Case(
          c[0],
          c[1],
          new Input(bool(c[2]), bool(c[3]), bool(c[4]), bool(c[5]), bool(c[6]), advies(c[7]), bool(c[8])));
    }

    private static Boolean bool(String value) {
      assertThat(value).isIn("true", "false", "null");
      return "null".equals(value) ? null : Boolean.valueOf(value);
    }

    private static String advies(String value) {
      assertThat(value).isIn("GEEN", "POSITIEF", "NEGATIEF", "null");
      return "null".equals(value) ? null : value;
    }

    @Override
    public String toString() {
      return besluit + " by " + rule + " for " + input;
    }
  }

  record Outcome(List<Map<String, Object>> results, List<String> matchedRules) {

    String besluit() {
      return (String) results.get(0).get("besluit");
    }

    String reden() {
      return (String) results.get(0).get("reden");
    }
  }
}
