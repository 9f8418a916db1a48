package nl.werkpad.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The decision ServiceProvider (dmn/ServiceProvider.dmn): which organisation carries out a service for a
 * resident of a municipality. Evaluated by a standalone DMN engine with the same FEEL engine as the process
 * engine (the Scala FEEL engine, the default in 7.24). No Spring.
 *
 * <p>The expectations are written out per municipality as ../shared/docs/regions.md states them, not
 * derived from the decision. A decision table evaluation listener records the ids of the matched rules,
 * so {@link #everyRuleIsHitBySomeCase()} fails as soon as the table gets a rule without a case.
 *
 * <p>The municipalities of the decision and of src/main/resources/regions.yml must be the same:
 * {@link #theDecisionAndRegionsYmlKnowTheSameMunicipalities()} and
 * {@link #everyMunicipalityOfRegionsYmlGetsItsUitvoerderForTheWsw()} keep the two from drifting apart.
 */
class ServiceProviderDecisionTest {

  private static final Path DMN_FILE = Path.of("dmn/ServiceProvider.dmn");
  private static final Path REGIONS_YML = Path.of("src/main/resources/regions.yml");
  private static final String DECISION = "ServiceProvider";
  private static final String WOONGEMEENTE = "woongemeente";
  private static final String GEMEENTE = "GEMEENTE";

  /** The services: the route values of the contract (docs/contract.md, Decisions, ClientRoute). */
  private static final List<String> SERVICES =
      List.of(
          "REGULIER_WERK", "DETACHERING", "LEERWERKTRAJECT", "BESCHUT_WERK", "DAGBESTEDING",
          "MAATSCHAPPELIJKE_PARTICIPATIE", "WSW");

  /**
   * Every municipality of regions.md, region by region: who carries out the Wsw, who carries out every
   * other service (the Participatiewet services), and the rule of the decision expected to say so.
   */
  private static final String MUNICIPALITIES =
      """
      code, municipality,              wsw at,        other services at, rule for wsw, rule for other services
      # Promen (Gemeenschappelijke Regeling, Gouda region); Alphen does the Participatiewet services itself
      0513, Gouda,                     PROMEN,        PROMEN,            Rule_3,       Rule_3
      0484, Alphen aan den Rijn,       PROMEN,        GEMEENTE,          Rule_1,       Rule_2
      0502, Capelle aan den IJssel,    PROMEN,        PROMEN,            Rule_3,       Rule_3
      0542, Krimpen aan den IJssel,    PROMEN,        PROMEN,            Rule_3,       Rule_3
      1931, Krimpenerwaard,            PROMEN,        PROMEN,            Rule_3,       Rule_3
      0627, Waddinxveen,               PROMEN,        PROMEN,            Rule_3,       Rule_3
      1892, Zuidplas,                  PROMEN,        PROMEN,            Rule_3,       Rule_3
      # WVS (West-Brabant): all services at WVS
      0748, Bergen op Zoom,            WVS,           WVS,               Rule_4,       Rule_4
      0777, Etten-Leur,                WVS,           WVS,               Rule_4,       Rule_4
      1655, Halderberge,               WVS,           WVS,               Rule_4,       Rule_4
      1709, Moerdijk,                  WVS,           WVS,               Rule_4,       Rule_4
      1674, Roosendaal,                WVS,           WVS,               Rule_4,       Rule_4
      0840, Rucphen,                   WVS,           WVS,               Rule_4,       Rule_4
      0851, Steenbergen,               WVS,           WVS,               Rule_4,       Rule_4
      0873, Woensdrecht,               WVS,           WVS,               Rule_4,       Rule_4
      0879, Zundert,                   WVS,           WVS,               Rule_4,       Rule_4
      # Werkbaan Oost / SDOA (Oost-Achterhoek): one uitvoeringsorganisatie for everything
      1859, Berkelland,                WERKBAAN_OOST, WERKBAAN_OOST,     Rule_5,       Rule_5
      1586, Oost Gelre,                WERKBAAN_OOST, WERKBAAN_OOST,     Rule_5,       Rule_5
      0294, Winterswijk,               WERKBAAN_OOST, WERKBAAN_OOST,     Rule_5,       Rule_5
      # De Ronde Venen (in-house): everything itself, the Wsw included, since 2019-01-01
      0736, De Ronde Venen,            GEMEENTE,      GEMEENTE,          Rule_6,       Rule_6
      """;

  /** Codes outside the configured regions, and codes written the wrong way: no organisation for them. */
  private static final List<String> UNKNOWN_MUNICIPALITIES =
      List.of("0363", "9999", "0000", "513", "gm0513", " 0513", "");

  private static DecisionTableUnderTest table;

  @BeforeAll
  static void parseTheDecision() {
    table = DecisionTableUnderTest.load(DMN_FILE, DECISION);
  }

  // --- 1. every municipality of regions.md × every service ------------------------------------------

  @Test
  void theExpectationsCoverEveryMunicipalityOfRegionsMdAndEveryService() {
    List<Municipality> municipalities = municipalities().toList();
    assertThat(municipalities).as("municipalities of regions.md").hasSize(20);
    assertThat(municipalities.stream().map(Municipality::code).distinct()).hasSize(20);
    assertThat(cases()).as("cases").hasSize(20 * 7);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachMunicipalityGetsItsOrganisationForEachService(Case c) {
    Outcome outcome = evaluate(c.municipality().code(), c.service());

    assertThat(outcome.results()).as("results for %s", c).hasSize(1);
    assertThat(outcome.organisation()).as("uitvoeringsorganisatie for %s", c).isEqualTo(c.organisation());
    assertThat(outcome.matchedRules()).as("matched rules for %s", c).containsExactly(c.rule());
  }

  // --- 2. outside the regions: no result ------------------------------------------------------------

  static Stream<String[]> unknownMunicipalityAndService() {
    return UNKNOWN_MUNICIPALITIES.stream()
        .flatMap(code -> SERVICES.stream().map(service -> new String[] {code, service}));
  }

  @ParameterizedTest(name = "woongemeente \"{0}\", {1}: no result")
  @MethodSource("unknownMunicipalityAndService")
  void aMunicipalityOutsideTheRegionsGetsNoResult(String code, String service) {
    Outcome outcome = evaluate(code, service);

    assertThat(outcome.results()).as("results for woongemeente \"%s\", %s", code, service).isEmpty();
    assertThat(outcome.matchedRules()).as("matched rules").isEmpty();
  }

  @Test
  void noWoongemeenteGetsNoResult() {
    for (String service : SERVICES) {
      assertThat(evaluate(null, service).results()).as("results for no woongemeente, %s", service).isEmpty();
    }
  }

  // --- 3. every rule is hit -------------------------------------------------------------------------

  @Test
  void everyRuleIsHitBySomeCase() {
    Set<String> hit = new TreeSet<>();
    cases().forEach(c -> hit.addAll(evaluate(c.municipality().code(), c.service()).matchedRules()));
    Set<String> ruleIds = table.ruleIds();

    assertThat(ruleIds).as("rules of %s", DMN_FILE).isNotEmpty();
    assertThat(hit).as("rules hit by the cases").containsExactlyElementsOf(ruleIds);
  }

  // --- 4. the decision and regions.yml agree ---------------------------------------------------------

  @Test
  void theDecisionAndRegionsYmlKnowTheSameMunicipalities() {
    Map<String, String> inDecision = municipalitiesOfTheDecision();
    Map<String, YmlMunicipality> inYml = municipalitiesOfRegionsYml();
    assertThat(inDecision).as("municipalities in %s", DMN_FILE).isNotEmpty();
    assertThat(inYml).as("municipalities in %s", REGIONS_YML).isNotEmpty();

    List<String> problems = new ArrayList<>();
    inYml.values().stream()
        .filter(m -> !inDecision.containsKey(m.code()))
        .forEach(m -> problems.add(
            "Municipality " + m.code() + " (" + m.name() + ") is in " + REGIONS_YML
                + " but missing from the decision " + DMN_FILE
                + ", so Werkpad proposes no organisation for its clients. " + ADD_TO_BOTH));
    inDecision.entrySet().stream()
        .filter(e -> !inYml.containsKey(e.getKey()))
        .forEach(e -> problems.add(
            "Municipality " + e.getKey() + " is in the decision " + DMN_FILE + " (" + e.getValue()
                + ") but missing from " + REGIONS_YML
                + ", so Werkpad does not know the municipality (no tenant, no users). " + ADD_TO_BOTH));

    assertThat(problems).withFailMessage(() -> report(problems)).isEmpty();
  }

  @Test
  void everyMunicipalityOfRegionsYmlGetsItsUitvoerderForTheWsw() {
    List<String> problems = new ArrayList<>();
    for (YmlMunicipality m : municipalitiesOfRegionsYml().values()) {
      String expected;
      if (m.uitvoerder() != null) {
        expected = m.uitvoerder();
      } else if (m.inHouseTeam()) {
        expected = GEMEENTE; // in-house without uitvoerder: does the Wsw itself (De Ronde Venen)
      } else {
        problems.add("Municipality " + m.code() + " (" + m.name() + ") in " + REGIONS_YML
            + " has neither an uitvoerder nor in-house-team: true, so nobody would carry out its"
            + " trajectories. Give it 'uitvoerder: <organisation>' or 'in-house-team: true'.");
        continue;
      }
      Outcome outcome = evaluate(m.code(), "WSW");
      if (outcome.results().isEmpty()) {
        problems.add("Municipality " + m.code() + " (" + m.name() + ") has "
            + (m.uitvoerder() != null ? "uitvoerder: " + expected : "no uitvoerder (it works in-house)")
            + " in " + REGIONS_YML + ", but is missing from the decision " + DMN_FILE
            + ", which gives no organisation for its WSW clients. " + ADD_TO_BOTH);
      } else if (!expected.equals(outcome.organisation())) {
        problems.add("Municipality " + m.code() + " (" + m.name() + ") has "
            + (m.uitvoerder() != null ? "uitvoerder: " + expected : "no uitvoerder (it works in-house)")
            + " in " + REGIONS_YML + ", but the decision " + DMN_FILE + " sends its WSW clients to "
            + outcome.organisation() + " (" + outcome.matchedRules() + "). Make the two files say the"
            + " same organisation: " + expected + " or " + outcome.organisation() + ".");
      }
    }
    assertThat(problems).withFailMessage(() -> report(problems)).isEmpty();
  }

  /**
   * A municipality that does a service itself (GEMEENTE) needs its own trajectbegeleiders: in
   * regions.yml it must have in-house-team: true, or the referral goes to a team nobody is in.
   */
  @Test
  void aMunicipalityThatDoesAServiceItselfHasAnInHouseTeam() {
    List<String> problems = new ArrayList<>();
    for (YmlMunicipality m : municipalitiesOfRegionsYml().values()) {
      List<String> itself =
          SERVICES.stream()
              .filter(service -> GEMEENTE.equals(evaluate(m.code(), service).organisationOrNull()))
              .toList();
      if (!itself.isEmpty() && !m.inHouseTeam()) {
        problems.add("Municipality " + m.code() + " (" + m.name() + ") carries out " + itself
            + " itself according to the decision " + DMN_FILE + ", but has no 'in-house-team: true' in "
            + REGIONS_YML + ". Add 'in-house-team: true' to the municipality in " + REGIONS_YML
            + ", or let an uitvoeringsorganisatie carry out these services in " + DMN_FILE + ".");
      }
    }
    assertThat(problems).withFailMessage(() -> report(problems)).isEmpty();
  }

  /**
   * Spring reads regions.yml as YAML 1.1: an unquoted code such as 0513 would be read as the octal
   * number 331, and the municipality would silently get another code. Codes must be in quotes.
   */
  @Test
  void theCodesInRegionsYmlAreFourDigitsInQuotes() {
    Map<String, YmlMunicipality> asText = municipalitiesOfRegionsYml();
    List<String> unquoted = new ArrayList<>();
    forEachMunicipality(new Yaml(new LoaderOptions()), m -> {
      if (!(m.get("code") instanceof String)) {
        unquoted.add("Municipality '" + m.get("name") + "' in " + REGIONS_YML + " has its code without"
            + " quotes, so it is read as the number " + m.get("code") + ". Write the code in double"
            + " quotes, such as code: \"0513\".");
      }
    });

    List<String> problems = new ArrayList<>();
    asText.values().stream()
        .filter(m -> !m.code().matches("\\d{4}"))
        .forEach(m -> problems.add("Municipality '" + m.name() + "' in " + REGIONS_YML + " has code '"
            + m.code() + "': a CBS code has four digits, such as \"0513\"."));
    problems.addAll(unquoted);
    assertThat(problems)
        .withFailMessage(() -> report("problem(s) with the municipality codes in " + REGIONS_YML, problems))
        .isEmpty();
  }

  private static final String ADD_TO_BOTH =
      "Add the municipality to both files: in " + REGIONS_YML + " under its region (code in quotes,"
          + " with its uitvoerder), and in " + DMN_FILE + " in the woongemeente column of the rule of its"
          + " uitvoeringsorganisatie (or GEMEENTE when it does the work itself).";

  private static String report(List<String> problems) {
    return report("difference(s) between the decision and the regions configuration", problems);
  }

  private static String report(String what, List<String> problems) {
    return problems.size() + " " + what + ":\n- " + String.join("\n- ", problems);
  }

  // --- reading the decision -------------------------------------------------------------------------

  private static final Pattern QUOTED_CODES = Pattern.compile("\\s*\"\\d{4}\"\\s*(,\\s*\"\\d{4}\"\\s*)*");
  private static final Pattern QUOTED_CODE = Pattern.compile("\"(\\d{4})\"");

  /**
   * The municipalities named in the woongemeente column of the decision table, each with the rule that
   * names it. Every entry of that column must be a list of quoted four-digit codes.
   */
  private static Map<String, String> municipalitiesOfTheDecision() {
    Decision d = table.model().getModelElementById(DECISION);
    DecisionTable table = (DecisionTable) d.getExpression();
    List<Input> inputs = List.copyOf(table.getInputs());
    int column = -1;
    for (int i = 0; i < inputs.size(); i++) {
      if (WOONGEMEENTE.equals(inputs.get(i).getInputExpression().getText().getTextContent().trim())) {
        column = i;
      }
    }
    assertThat(column).as("the woongemeente column of %s", DMN_FILE).isNotNegative();

    Map<String, String> codes = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Rule rule : table.getRules()) {
      String entry = List.copyOf(rule.getInputEntries()).get(column).getText().getTextContent().trim();
      String where = "rule " + rule.getId()
          + (rule.getDescription() == null ? "" : ": " + rule.getDescription().getTextContent().trim());
      if (!QUOTED_CODES.matcher(entry).matches()) {
        problems.add("In " + DMN_FILE + ", " + where + ", the woongemeente cell is " + entry + ". Write"
            + " the municipalities as a list of CBS codes in quotes, such as \"0513\",\"0502\".");
        continue;
      }
      Matcher m = QUOTED_CODE.matcher(entry);
      while (m.find()) {
        codes.merge(m.group(1), where, (a, b) -> a + "; " + b);
      }
    }
    assertThat(problems)
        .withFailMessage(() -> report("problem(s) reading the municipalities of " + DMN_FILE, problems))
        .isEmpty();
    return codes;
  }

  // --- reading regions.yml --------------------------------------------------------------------------

  record YmlMunicipality(String code, String name, String uitvoerder, boolean inHouseTeam) {}

  /**
   * The municipalities of regions.yml by code, every scalar read as text (no YAML number or octal
   * conversion), so "0513" and 0513 both give the code 0513.
   */
  private static Map<String, YmlMunicipality> municipalitiesOfRegionsYml() {
    Map<String, YmlMunicipality> byCode = new LinkedHashMap<>();
    List<String> twice = new ArrayList<>();
    forEachMunicipality(textOnlyYaml(), m -> {
      YmlMunicipality municipality =
          new YmlMunicipality(
              text(m.get("code")), text(m.get("name")), text(m.get("uitvoerder")),
              "true".equalsIgnoreCase(text(m.get("in-house-team"))));
      if (byCode.putIfAbsent(municipality.code(), municipality) != null) {
        twice.add("Municipality " + municipality.code() + " is twice in " + REGIONS_YML + ". Remove one.");
      }
    });
    assertThat(twice)
        .withFailMessage(() -> report("problem(s) with the municipalities of " + REGIONS_YML, twice))
        .isEmpty();
    return byCode;
  }

  @SuppressWarnings("unchecked")
  private static void forEachMunicipality(Yaml yaml, Consumer<Map<String, Object>> action) {
    assertThat(REGIONS_YML)
        .withFailMessage("%s not found in %s: run the test from the project base dir",
            REGIONS_YML, Path.of("").toAbsolutePath())
        .isRegularFile();
    Map<String, Object> root;
    try (Reader reader = Files.newBufferedReader(REGIONS_YML, StandardCharsets.UTF_8)) {
      root = yaml.load(reader);
    } catch (IOException e) {
      throw new AssertionError("Cannot read " + REGIONS_YML, e);
    }
    Map<String, Object> werkpad = (Map<String, Object>) root.get("werkpad");
    assertThat(werkpad).as("werkpad: in %s", REGIONS_YML).isNotNull();
    List<Map<String, Object>> regions = (List<Map<String, Object>>) werkpad.get("regions");
    assertThat(regions).as("werkpad.regions in %s", REGIONS_YML).isNotEmpty();
    for (Map<String, Object> region : regions) {
      List<Map<String, Object>> municipalities = (List<Map<String, Object>>) region.get("municipalities");
      if (municipalities != null) {
        municipalities.forEach(action);
      }
    }
  }

  /** A YAML reader that reads every plain scalar as text: no numbers, octals, booleans or dates. */
  private static Yaml textOnlyYaml() {
    LoaderOptions loaderOptions = new LoaderOptions();
    DumperOptions dumperOptions = new DumperOptions();
    Resolver textOnly =
        new Resolver() {
          @Override
          protected void addImplicitResolvers() {
            // none: every plain scalar stays a string
          }
        };
    return new Yaml(new SafeConstructor(loaderOptions), new Representer(dumperOptions), dumperOptions,
        loaderOptions, textOnly);
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() || "null".equals(s) || "~".equals(s) ? null : s;
  }

  // --- evaluating -----------------------------------------------------------------------------------

  private static Outcome evaluate(String woongemeente, String service) {
    VariableMap variables =
        Variables.createVariables().putValue(WOONGEMEENTE, woongemeente).putValue("dienst", service);
    DecisionTableUnderTest.Evaluation evaluation = table.evaluate(variables);
    return new Outcome(evaluation.results(), evaluation.matchedRules());
  }

  // --- the expectations, parsed ---------------------------------------------------------------------

  record Municipality(
      String code, String name, String wswAt, String otherServicesAt, String wswRule, String otherRule) {

    static Municipality parse(String line) {
      String[] c = Arrays.stream(line.split(",")).map(String::trim).toArray(String[]::new);
      assertThat(c).as("columns of %s", line).hasSize(6);
      return new Municipality(c[0], c[1], c[2], c[3], c[4], c[5]);
    }
  }

  record Case(Municipality municipality, String service, String organisation, String rule) {

    @Override
    public String toString() {
      return municipality.name() + " (" + municipality.code() + "), " + service + " → " + organisation
          + " by " + rule;
    }
  }

  static Stream<Municipality> municipalities() {
    return MUNICIPALITIES.lines()
        .skip(1) // header
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(Municipality::parse);
  }

  static Stream<Case> cases() {
    return municipalities()
        .flatMap(m -> SERVICES.stream().map(service -> "WSW".equals(service)
            ? new Case(m, service, m.wswAt(), m.wswRule())
            : new Case(m, service, m.otherServicesAt(), m.otherRule())));
  }

  record Outcome(List<Map<String, Object>> results, List<String> matchedRules) {

    String organisation() {
      return (String) results.get(0).get("uitvoeringsorganisatie");
    }

    String organisationOrNull() {
      return results.size() == 1 ? organisation() : null;
    }
  }
}
