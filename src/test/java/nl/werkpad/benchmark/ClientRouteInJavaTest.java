package nl.werkpad.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares the decision table ClientRoute with {@link ClientRouteInJava}; that is only
 * honest when both give the same answer. This evaluates the table with a standalone DMN engine (FEEL, as
 * in the process engine) for the benchmark's whole input set, and for the same set with unknown inputs.
 */
class ClientRouteInJavaTest {

  private static DmnEngine engine;
  private static DmnDecision clientRoute;

  @BeforeAll
  static void parseTheTable() {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    clientRoute = engine.parseDecision("ClientRoute", Dmn.readModelFromFile(Path.of("dmn/ClientRoute.dmn").toFile()));
  }

  @Test
  void sameRouteAndReasonAsTheTableForTheBenchmarksInputs() {
    List<ClientRouteInJava.Input> inputs = ClientRouteInJava.inputs(false);
    assertThat(inputs).hasSize(3840);
    int withAdvice = compare(inputs);
    assertThat(withAdvice).as("inputs the table answers").isGreaterThan(inputs.size() / 2);
  }

  @Test
  void sameAnswerWhenInputsAreUnknown() {
    compare(ClientRouteInJava.inputs(true));
  }

  /** Compares every input; returns how many got an advice. */
  private static int compare(List<ClientRouteInJava.Input> inputs) {
    int withAdvice = 0;
    for (ClientRouteInJava.Input in : inputs) {
      DmnDecisionRuleResult table = engine.evaluateDecisionTable(clientRoute, variables(in)).getSingleResult();
      ClientRouteInJava.Advies java = ClientRouteInJava.evaluate(in);
      if (table == null) {
        assertThat(java).as("no rule of the table matches %s", in).isNull();
      } else {
        assertThat(java).as("Java's answer for %s", in).isNotNull();
        assertThat(java.route()).as("route for %s", in).isEqualTo(table.get("route"));
        assertThat(java.reden()).as("reden for %s", in).isEqualTo(table.get("reden"));
        withAdvice++;
      }
    }
    return withAdvice;
  }

  static Map<String, Object> variables(ClientRouteInJava.Input in) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("wswIndicatie", in.wswIndicatie());
    variables.put("arbeidsvermogen", in.arbeidsvermogen());
    variables.put("aanpassingenNodig", in.aanpassingenNodig());
    variables.put("begeleidingNodig", in.begeleidingNodig());
    variables.put("leeftijd", in.leeftijd());
    variables.put("startkwalificatie", in.startkwalificatie());
    variables.put("loonwaarde", in.loonwaarde());
    variables.put("participatieladder", in.participatieladder());
    return variables;
  }
}
