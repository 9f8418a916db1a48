package nl.werkpad.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision EvaluationOutcome (dmn/EvaluationOutcome.dmn): after an evaluation it proposes to go on,
 * to adjust the plan or to finish. Hit policy FIRST: the case table names the rule that must decide,
 * also where a later rule would match too.
 */
class EvaluationOutcomeDecisionTest {

  private static final Path DMN_FILE = Path.of("dmn/EvaluationOutcome.dmn");
  private static final Set<String> VERVOLGEN = Set.of("DOORGAAN", "PLAN_BIJSTELLEN", "AFRONDEN");

  private static DecisionTableUnderTest table;

  @BeforeAll
  static void parseTheDecision() {
    table = DecisionTableUnderTest.load(DMN_FILE, "EvaluationOutcome");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "null", textBlock = """
      # rule,                                  vervolg,         instrument,          werk,  ladder, vorige, doelen, maanden
      Rule_WerkGevonden,                       AFRONDEN,        WERKERVARINGSPLAATS, true,  5,      4,      DEELS,  2
      Rule_WerkGevonden,                       AFRONDEN,        PARTICIPATIEPLAATS,  true,  3,      4,      NEE,    30
      Rule_BetaaldWerk,                        AFRONDEN,        DETACHERING_GROEP,   false, 6,      5,      JA,     0
      Rule_BetaaldWerk,                        AFRONDEN,        STAGE,               null,  6,      null,   NEE,    null
      Rule_ParticipatieplaatsZonderVoortgang,  PLAN_BIJSTELLEN, PARTICIPATIEPLAATS,  false, 3,      3,      DEELS,  12
      Rule_ParticipatieplaatsZonderVoortgang,  PLAN_BIJSTELLEN, PARTICIPATIEPLAATS,  false, 2,      3,      NEE,    30
      Rule_GeenVoortgangMeer,                  AFRONDEN,        LEERWERKTRAJECT,     false, 3,      3,      NEE,    24
      Rule_Gedaald,                            PLAN_BIJSTELLEN, LEERWERKTRAJECT,     false, 3,      4,      JA,     1
      Rule_Gedaald,                            PLAN_BIJSTELLEN, JOBCOACHING,         false, 2,      5,      DEELS,  23
      Rule_DoelenBehaald,                      PLAN_BIJSTELLEN, WERKERVARINGSPLAATS, false, 4,      3,      JA,     0
      Rule_DoelenBehaald,                      PLAN_BIJSTELLEN, PARTICIPATIEPLAATS,  false, 4,      4,      JA,     11
      Rule_TwaalfMaandenZonderVoortgang,       PLAN_BIJSTELLEN, DETACHERING_INDIVIDUEEL, false, 4,  4,      DEELS,  12
      Rule_TwaalfMaandenZonderVoortgang,       PLAN_BIJSTELLEN, STAGE,               false, 3,      3,      NEE,    23
      Rule_Doorgaan,                           DOORGAAN,        WERKERVARINGSPLAATS, false, 4,      3,      DEELS,  0
      Rule_Doorgaan,                           DOORGAAN,        PARTICIPATIEPLAATS,  false, 3,      3,      NEE,    11
      Rule_Doorgaan,                           DOORGAAN,        null,                null,  null,   null,   null,   null
      """)
  void theFirstRuleOfThePolicyDecides(String rule, String vervolg, String instrument, Boolean werk, Integer ladder,
      Integer vorige, String doelen, Integer maanden) {
    DecisionTableUnderTest.Evaluation evaluation = table.evaluate(input(instrument, werk, ladder, vorige, doelen, maanden));

    assertThat(evaluation.results()).hasSize(1);
    assertThat(evaluation.matchedRules()).first().isEqualTo(rule);
    Map<String, Object> result = evaluation.results().get(0);
    assertThat(result.get("vervolg")).isEqualTo(vervolg);
    assertThat((String) result.get("reden")).as("a reason in Dutch").isNotBlank().doesNotContain("_");
  }

  @Test
  void everyRuleHasACaseAndEveryInputAProposal() {
    Set<String> hit = new TreeSet<>();
    List<String> instruments = List.of("PARTICIPATIEPLAATS", "WERKERVARINGSPLAATS");
    for (String instrument : instruments) {
      for (Boolean werk : new Boolean[] {null, false, true}) {
        for (int ladder = 1; ladder <= 6; ladder++) {
          for (Integer vorige : new Integer[] {null, 1, 3, 6}) {
            for (String doelen : new String[] {"JA", "DEELS", "NEE"}) {
              for (int maanden : new int[] {0, 11, 12, 23, 24}) {
                DecisionTableUnderTest.Evaluation evaluation =
                    table.evaluate(input(instrument, werk, ladder, vorige, doelen, maanden));
                assertThat(evaluation.results()).hasSize(1);
                assertThat(VERVOLGEN).contains((String) evaluation.results().get(0).get("vervolg"));
                hit.add(evaluation.matchedRules().get(0));
              }
            }
          }
        }
      }
    }
    assertThat(hit).containsExactlyElementsOf(table.ruleIds());
  }

  private static Map<String, Object> input(String instrument, Boolean werk, Integer ladder, Integer vorige,
      String doelen, Integer maanden) {
    Map<String, Object> input = new HashMap<>();
    Stream.of(new Object[][] {{"instrument", instrument}, {"werkGevonden", werk}, {"participatieladder", ladder},
        {"ladderVorige", vorige}, {"doelenBehaald", doelen}, {"maandenZonderVoortgang", maanden}})
        .forEach(pair -> input.put((String) pair[0], pair[1]));
    return input;
  }
}
