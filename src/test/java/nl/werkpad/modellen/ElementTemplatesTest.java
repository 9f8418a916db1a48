package nl.werkpad.modellen;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.werkpad.support.ApplicationTest;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The element templates in .camunda/element-templates (where Camunda Modeler finds a project's own
 * templates) against the code and the models. Process designers pick a template instead of typing a
 * bean name, a decision or "Asynchronous before"; this test makes sure that what a template fixes is
 * right:
 *
 * <ul>
 *   <li>every template is complete, its id unique, and whatever names code (a bean, a decision) hidden;
 *   <li>every delegateExpression names a bean of the application that is a {@link JavaDelegate}, and
 *       every Werkpad JavaDelegate has a template;
 *   <li>every decisionRef names a decision in dmn/, bound to the version the journey started with;
 *   <li>every input parameter a template sets is one its delegate or decision reads;
 *   <li>every expression a template fixes calls a bean method that exists;
 *   <li>every service task and business rule task in bpmn/ uses an existing template and version, and
 *       has exactly the values the template fixes (or Modeler would show the element as changed).
 * </ul>
 *
 * <p>Each test lists every problem it finds, one per line. Paths are relative to the project base dir
 * (Maven runs tests there).
 */
@ApplicationTest
class ElementTemplatesTest {

  private static final Path TEMPLATES_DIR = Path.of(".camunda", "element-templates");
  private static final Path BPMN_DIR = Path.of("bpmn");
  private static final Path DMN_DIR = Path.of("dmn");

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** Camunda 7 element templates (Camunda 8 templates use the zeebe schema, which Werkpad cannot run). */
  private static final String SCHEMA =
      "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";

  private static final String SERVICE_TASK = "bpmn:ServiceTask";
  private static final String BUSINESS_RULE_TASK = "bpmn:BusinessRuleTask";
  private static final String USER_TASK = "bpmn:UserTask";

  /** BPMN element (local name) per template type. */
  private static final Map<String, String> ELEMENT_OF_TYPE =
      Map.of(SERVICE_TASK, "serviceTask", BUSINESS_RULE_TASK, "businessRuleTask", USER_TASK, "userTask");

  /**
   * The input parameters each delegate reads, taken from its source: a template may set these and no
   * others. Process variables a delegate reads (bsn, woongemeente, the zaak) are not input parameters
   * and are not listed. A new delegate must be added here, after reading its code.
   */
  private static final Map<String, Set<String>> INPUTS_READ_BY_DELEGATE =
      Map.ofEntries(
          entry("personLookup", Set.of()), // intake.PersonLookup
          entry("zaakOpening", Set.of()), // intake.ZaakOpening
          entry("zaakStatus", Set.of("nieuweZaakStatus", "statusToelichting")), // zaak.ZaakMilestones.StatusUpdate
          entry("zaakClosing", Set.of("zaakVan")), // zaak.ZaakMilestones.Closing
          entry("geannuleerdeZakenSluiten", Set.of()), // zaak.CancelledJourneyZaken.Step
          entry("uitvoerderZaakOpening", Set.of()), // referral.UitvoerderZaakOpening
          entry("journeyHandover", Set.of()), // journey.JourneyHandover
          entry("uwvAdviesAanvraag", Set.of()), // beschutwerk.BeschutWerkSteps.AdviceRequest
          entry("beschutWerkToekenning", Set.of()), // beschutwerk.BeschutWerkSteps.Grant
          entry("beschutWerkWachtlijst", Set.of()), // beschutwerk.BeschutWerkSteps.OntoWaitingList
          entry("beschutWerkPlaatsZoeken", Set.of()), // beschutwerk.BeschutWerkSteps.PlaceSearch
          entry("wswHerindicatieAanvraag", Set.of()), // wsw.WswSteps.Request
          entry("wswEinde", Set.of())); // wsw.WswSteps.End

  /** Attributes that name code or configuration: a designer must never type them. */
  private static final Set<String> CODE_ATTRIBUTES =
      Set.of(
          "camunda:class", "camunda:delegateExpression", "camunda:expression", "camunda:type",
          "camunda:decisionRef", "camunda:decisionRefBinding", "camunda:decisionRefVersion",
          "camunda:asyncBefore", "camunda:asyncAfter", "camunda:candidateGroups",
          "camunda:formRefBinding");

  private static final Pattern TEMPLATE_ID = Pattern.compile("nl\\.werkpad(\\.[a-z][A-Za-z0-9]*)+");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}");
  private static final Pattern METHOD_CALL =
      Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Template> templates;
  private static List<String> readProblems;

  @Autowired ApplicationContext context;
  @Autowired ExpressionSandbox sandbox;

  // --- the templates -----------------------------------------------------------------------------

  /** One template, with where it was read. */
  record Template(Path file, JsonNode json) {

    String id() {
      return json.path("id").asText("");
    }

    int version() {
      return json.path("version").asInt(-1);
    }

    String type() {
      JsonNode appliesTo = json.path("appliesTo");
      return appliesTo.size() == 1 ? appliesTo.get(0).asText("") : "";
    }

    List<JsonNode> properties() {
      List<JsonNode> properties = new ArrayList<>();
      json.path("properties").forEach(properties::add);
      return properties;
    }

    /** The fixed (Hidden) value bound to an attribute such as camunda:delegateExpression, if any. */
    Optional<String> fixed(String attribute) {
      return properties().stream()
          .filter(p -> isHidden(p) && isAttribute(p) && attribute.equals(p.path("binding").path("name").asText()))
          .map(p -> p.path("value").asText())
          .findFirst();
    }

    /** The bean of a service task template: ${personLookup} gives personLookup. */
    Optional<String> bean() {
      return fixed("camunda:delegateExpression")
          .map(BEAN_EXPRESSION::matcher)
          .filter(Matcher::matches)
          .map(m -> m.group(1));
    }

    List<String> inputNames() {
      return properties().stream()
          .filter(p -> "camunda:inputParameter".equals(p.path("binding").path("type").asText()))
          .map(p -> p.path("binding").path("name").asText())
          .toList();
    }

    @Override
    public String toString() {
      return display(file) + " " + (id().isEmpty() ? "(template without id)" : id());
    }
  }

  @BeforeAll
  static void readTemplates() throws IOException {
    assertThat(TEMPLATES_DIR)
        .withFailMessage(
            "element templates folder %s not found in %s: run the test from the project base dir",
            TEMPLATES_DIR, Path.of("").toAbsolutePath())
        .isDirectory();
    templates = new ArrayList<>();
    readProblems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(TEMPLATES_DIR)) {
      files = listing.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      try {
        JsonNode root = JSON.readTree(file.toFile());
        // Modeler reads a file with one template or an array of templates.
        if (root.isArray()) {
          root.forEach(template -> templates.add(new Template(file, template)));
        } else {
          templates.add(new Template(file, root));
        }
      } catch (IOException e) {
        readProblems.add(display(file) + ": not valid JSON: " + e.getMessage());
      }
    }
    assertThat(templates).withFailMessage("no element templates in %s", TEMPLATES_DIR).isNotEmpty();
  }

  @Test
  void templatesAreCompleteAndFixWhatNamesCode() {
    List<String> problems = new ArrayList<>(readProblems);
    for (Template template : templates) {
      JsonNode json = template.json();
      String where = template.toString();
      if (!SCHEMA.equals(json.path("$schema").asText())) {
        problems.add(where + ": $schema must be " + SCHEMA + " (Camunda 7 element templates)");
      }
      if (!TEMPLATE_ID.matcher(template.id()).matches()) {
        problems.add(where + ": id must look like nl.werkpad.brp.persoonOpzoeken");
      }
      if (!json.path("version").isInt() || template.version() < 1) {
        problems.add(where + ": version must be a whole number from 1");
      }
      for (String text : List.of("name", "description")) {
        if (json.path(text).asText("").isBlank()) {
          problems.add(where + ": no " + text + " (in Dutch, for the template chooser)");
        }
      }
      if (!ELEMENT_OF_TYPE.containsKey(template.type())) {
        problems.add(where + ": appliesTo must be exactly one of " + new TreeSet<>(ELEMENT_OF_TYPE.keySet()));
      }
      if (!json.path("entriesVisible").isBoolean() || json.path("entriesVisible").asBoolean()) {
        problems.add(where + ": entriesVisible must be false (only the template's own fields are shown)");
      }
      for (JsonNode property : template.properties()) {
        checkProperty(where, property, problems);
      }
      switch (template.type()) {
        case SERVICE_TASK -> checkServiceTaskTemplate(template, problems);
        case BUSINESS_RULE_TASK -> checkBusinessRuleTaskTemplate(template, problems);
        case USER_TASK -> checkUserTaskTemplate(template, problems);
        default -> { } // reported above
      }
    }
    assertNoProblems("element templates in " + display(TEMPLATES_DIR), problems);
  }

  private static void checkProperty(String where, JsonNode property, List<String> problems) {
    JsonNode binding = property.path("binding");
    String bindingType = binding.path("type").asText("");
    String what = where + ", property " + describe(property);
    if (bindingType.isEmpty()) {
      problems.add(what + ": no binding type");
    }
    if (isHidden(property)) {
      if (!property.has("value")) {
        problems.add(what + ": Hidden without a value");
      }
    } else {
      if (property.path("label").asText("").isBlank()) {
        problems.add(what + ": a field the designer sees needs a (Dutch) label");
      }
      if (isAttribute(property) && CODE_ATTRIBUTES.contains(binding.path("name").asText())) {
        problems.add(what + ": names code or configuration, so it must be Hidden (designers never type it)");
      }
    }
    if ("Dropdown".equals(property.path("type").asText())
        && (!property.path("choices").isArray() || property.path("choices").isEmpty())) {
      problems.add(what + ": Dropdown without choices");
    }
  }

  private static void checkServiceTaskTemplate(Template template, List<String> problems) {
    if (template.bean().isEmpty()) {
      problems.add(template + ": needs a Hidden camunda:delegateExpression of the form ${beanName}");
    }
    if (!template.fixed("camunda:asyncBefore").map("true"::equals).orElse(false)) {
      problems.add(template + ": needs a Hidden camunda:asyncBefore true (the engine's retry cycle applies)");
    }
  }

  private static void checkBusinessRuleTaskTemplate(Template template, List<String> problems) {
    Optional<String> decision = template.fixed("camunda:decisionRef");
    if (decision.isEmpty() || decision.get().isBlank()) {
      problems.add(template + ": needs a Hidden camunda:decisionRef");
      return;
    }
    expectFixed(template, "camunda:decisionRefBinding", "version", problems);
    expectFixed(template, "camunda:decisionRefVersion", "${versie.van(execution, '" + decision.get() + "')}", problems);
    for (String attribute : List.of("camunda:mapDecisionResult", "camunda:resultVariable")) {
      if (template.fixed(attribute).filter(v -> !v.isBlank()).isEmpty()) {
        problems.add(template + ": needs a Hidden " + attribute);
      }
    }
  }

  private static void checkUserTaskTemplate(Template template, List<String> problems) {
    if (template.fixed("camunda:candidateGroups").filter(v -> v.startsWith("${teams.")).isEmpty()) {
      problems.add(template + ": needs a Hidden camunda:candidateGroups from ${teams.…}");
    }
    expectFixed(template, "camunda:formRefBinding", "latest", problems);
    boolean formRefField = template.properties().stream()
        .anyMatch(p -> !isHidden(p) && isAttribute(p)
            && "camunda:formRef".equals(p.path("binding").path("name").asText())
            && p.path("constraints").path("notEmpty").asBoolean(false));
    if (!formRefField) {
      problems.add(template + ": needs a required field bound to camunda:formRef (the form's id)");
    }
  }

  private static void expectFixed(Template template, String attribute, String expected, List<String> problems) {
    Optional<String> value = template.fixed(attribute);
    if (value.isEmpty() || !value.get().equals(expected)) {
      problems.add(template + ": needs a Hidden " + attribute + " = " + expected + ", has " + value.orElse("none"));
    }
  }

  @Test
  void templateIdsAreUnique() {
    Map<String, List<String>> byId = new LinkedHashMap<>();
    for (Template template : templates) {
      byId.computeIfAbsent(template.id(), id -> new ArrayList<>()).add(display(template.file()));
    }
    List<String> problems = new ArrayList<>();
    byId.forEach((id, files) -> {
      if (files.size() > 1) {
        problems.add("template id " + id + " is used " + files.size() + " times, in " + files);
      }
    });
    assertNoProblems("template ids", problems);
  }

  // --- against the application -------------------------------------------------------------------

  @Test
  void delegateExpressionsNameJavaDelegateBeans() {
    List<String> problems = new ArrayList<>();
    for (Template template : templatesOfType(SERVICE_TASK)) {
      Optional<String> bean = template.bean();
      if (bean.isEmpty()) {
        continue; // reported by templatesAreCompleteAndFixWhatNamesCode
      }
      if (!context.containsBean(bean.get())) {
        problems.add(template + ": no bean named " + bean.get() + " in the application");
      } else if (!(context.getBean(bean.get()) instanceof JavaDelegate)) {
        problems.add(template + ": bean " + bean.get() + " is a "
            + ClassUtils.getUserClass(context.getBean(bean.get())).getName() + ", not a JavaDelegate");
      }
    }
    assertNoProblems("delegate expressions of the service task templates", problems);
  }

  @Test
  void everyWerkpadDelegateHasATemplate() {
    Set<String> withTemplate = new TreeSet<>();
    templatesOfType(SERVICE_TASK).forEach(t -> t.bean().ifPresent(withTemplate::add));
    List<String> problems = new ArrayList<>();
    context.getBeansOfType(JavaDelegate.class).forEach((name, bean) -> {
      String type = ClassUtils.getUserClass(bean).getName();
      if (type.startsWith("nl.werkpad.") && !withTemplate.contains(name)) {
        problems.add("JavaDelegate bean " + name + " (" + type + ") has no element template in "
            + display(TEMPLATES_DIR) + ": add one, so designers never type ${" + name + "}");
      }
    });
    assertNoProblems("Werkpad delegates without a template", problems);
  }

  @Test
  void templatesSetOnlyInputsTheirDelegateOrDecisionReads() {
    List<String> problems = new ArrayList<>();
    for (Template template : templatesOfType(SERVICE_TASK)) {
      Optional<String> bean = template.bean();
      if (bean.isEmpty()) {
        continue;
      }
      Set<String> read = INPUTS_READ_BY_DELEGATE.get(bean.get());
      if (read == null) {
        problems.add(template + ": delegate " + bean.get() + " is not in INPUTS_READ_BY_DELEGATE of this test: "
            + "read its code and add the input parameters it reads");
        continue;
      }
      for (String input : template.inputNames()) {
        if (!read.contains(input)) {
          problems.add(template + ": sets input parameter " + input + ", which " + bean.get()
              + " does not read (it reads " + (read.isEmpty() ? "none" : new TreeSet<>(read)) + ")");
        }
      }
    }
    for (Template template : templatesOfType(BUSINESS_RULE_TASK)) {
      Optional<String> decision = template.fixed("camunda:decisionRef");
      if (decision.isEmpty()) {
        continue;
      }
      Optional<Set<String>> read = decisionInputVariables(decision.get());
      if (read.isEmpty()) {
        continue; // reported by decisionRefsNameDecisionsInDmn
      }
      for (String input : template.inputNames()) {
        if (!read.get().contains(input)) {
          problems.add(template + ": sets input parameter " + input + ", which no input expression of decision "
              + decision.get() + " reads (it reads " + new TreeSet<>(read.get()) + ")");
        }
      }
    }
    assertNoProblems("input parameters of the templates", problems);
  }

  @Test
  void decisionRefsNameDecisionsInDmn() {
    List<String> problems = new ArrayList<>();
    for (Template template : templatesOfType(BUSINESS_RULE_TASK)) {
      Optional<String> decision = template.fixed("camunda:decisionRef");
      if (decision.isEmpty()) {
        continue;
      }
      Path file = DMN_DIR.resolve(decision.get() + ".dmn");
      if (!Files.isRegularFile(file)) {
        problems.add(template + ": decisionRef " + decision.get() + " has no decision file " + display(file));
      } else if (decisionInputVariables(decision.get()).isEmpty()) {
        problems.add(template + ": " + display(file) + " has no decision with id " + decision.get());
      }
    }
    assertNoProblems("decisions of the business rule task templates", problems);
  }

  @Test
  void expressionsInTemplatesCallExistingBeanMethods() {
    List<String> problems = new ArrayList<>();
    for (Template template : templates) {
      for (JsonNode property : template.properties()) {
        List<String> expressions = new ArrayList<>();
        if (property.path("value").isTextual()) {
          expressions.add(property.path("value").asText());
        }
        if (property.path("binding").path("source").isTextual()) {
          expressions.add(property.path("binding").path("source").asText());
        }
        property.path("choices").forEach(choice -> expressions.add(choice.path("value").asText()));
        for (String expression : expressions) {
          checkBeanCalls(template + ", property " + describe(property), expression, problems);
        }
      }
    }
    assertNoProblems("expressions in the templates", problems);
  }

  private void checkBeanCalls(String where, String expression, List<String> problems) {
    if (!expression.contains("${") && !expression.contains("#{")) {
      return;
    }
    // What a template fills in, a designer's model may run: the sandbox must allow it.
    sandbox.problems(expression).forEach(problem -> problems.add(where + ": the sandbox refuses " + expression + ": " + problem));
    Matcher call = METHOD_CALL.matcher(expression);
    while (call.find()) {
      String bean = call.group(1);
      String method = call.group(2);
      if (bean.equals("execution") || bean.equals("task")) {
        continue; // the engine's own objects
      }
      int arguments = countArguments(expression, call.end() - 1);
      if (!context.containsBean(bean)) {
        problems.add(where + ": " + expression + " calls " + bean + "." + method + ", but there is no bean " + bean);
        continue;
      }
      Class<?> type = ClassUtils.getUserClass(context.getBean(bean));
      boolean found = Arrays.stream(type.getMethods())
          .anyMatch(m -> m.getName().equals(method) && m.getParameterCount() == arguments
              && Modifier.isPublic(m.getModifiers()) && !isObjectMethod(m));
      if (!found) {
        problems.add(where + ": " + expression + " calls " + bean + "." + method + " with " + arguments
            + " argument(s), but " + type.getSimpleName() + " has no such public method");
      }
    }
  }

  // --- against the models ------------------------------------------------------------------------

  @Test
  void everyServiceAndBusinessRuleTaskUsesItsTemplateUnchanged() throws Exception {
    Map<String, Template> byId = new HashMap<>();
    templates.forEach(t -> byId.putIfAbsent(t.id(), t));
    List<String> problems = new ArrayList<>();
    List<Path> models;
    try (Stream<Path> listing = Files.list(BPMN_DIR)) {
      models = listing.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).withFailMessage("no .bpmn files in %s", BPMN_DIR.toAbsolutePath()).isNotEmpty();
    for (Path model : models) {
      Document doc = parse(model);
      for (Element element : elements(doc.getElementsByTagNameNS(BPMN, "*"))) {
        String kind = element.getLocalName();
        String templateId = element.getAttributeNS(CAMUNDA, "modelerTemplate");
        boolean needsTemplate = kind.equals("serviceTask") || kind.equals("businessRuleTask");
        if (!needsTemplate && templateId.isEmpty()) {
          continue;
        }
        String what = display(model) + ", " + kind + " " + element.getAttribute("id");
        if (templateId.isEmpty()) {
          problems.add(what + ": no element template (camunda:modelerTemplate); choose one in Modeler");
          continue;
        }
        Template template = byId.get(templateId);
        if (template == null) {
          problems.add(what + ": template " + templateId + " does not exist in " + display(TEMPLATES_DIR));
          continue;
        }
        checkElementAgainstTemplate(what, element, template, problems);
      }
    }
    assertNoProblems("template use in " + display(BPMN_DIR), problems);
  }

  private static void checkElementAgainstTemplate(
      String what, Element element, Template template, List<String> problems) {
    String version = element.getAttributeNS(CAMUNDA, "modelerTemplateVersion");
    if (!version.equals(String.valueOf(template.version()))) {
      problems.add(what + ": uses version " + (version.isEmpty() ? "(none)" : version) + " of " + template.id()
          + ", which has version " + template.version());
    }
    if (!element.getLocalName().equals(ELEMENT_OF_TYPE.get(template.type()))) {
      problems.add(what + ": template " + template.id() + " applies to " + template.type() + " only");
    }
    Map<String, String> inputs = parameters(element, "inputParameter");
    Map<String, String> outputs = parameters(element, "outputParameter");
    Set<String> boundInputs = new LinkedHashSet<>();
    Set<String> boundOutputs = new LinkedHashSet<>();
    for (JsonNode property : template.properties()) {
      JsonNode binding = property.path("binding");
      String type = binding.path("type").asText();
      String name = binding.path("name").asText();
      String value = property.path("value").asText("");
      boolean required = property.path("constraints").path("notEmpty").asBoolean(false);
      switch (type) {
        case "property" -> {
          String actual = attribute(element, name);
          if (isHidden(property) && !actual.equals(value)) {
            problems.add(what + ": " + name + " is " + quoted(actual) + ", template " + template.id() + " fixes "
                + quoted(value));
          } else if (!isHidden(property) && required && actual.isBlank()) {
            problems.add(what + ": " + name + " (" + property.path("label").asText() + ") is empty");
          }
        }
        case "camunda:inputParameter" -> {
          boundInputs.add(name);
          String actual = inputs.get(name);
          if (isHidden(property)) {
            if (!value.equals(actual)) {
              problems.add(what + ": input parameter " + name + " is " + quoted(actual) + ", template "
                  + template.id() + " fixes " + quoted(value));
            }
          } else if (actual == null) {
            if (required) {
              problems.add(what + ": input parameter " + name + " (" + property.path("label").asText() + ") missing");
            }
          } else if ("Dropdown".equals(property.path("type").asText()) && !choices(property).contains(actual)) {
            problems.add(what + ": input parameter " + name + " is " + quoted(actual) + ", not one of the choices "
                + choices(property) + " of template " + template.id());
          }
        }
        case "camunda:outputParameter" -> {
          boundOutputs.add(value);
          String source = binding.path("source").asText();
          String actual = outputs.get(value);
          if (isHidden(property) && !source.equals(actual)) {
            problems.add(what + ": output parameter " + value + " is " + quoted(actual) + ", template "
                + template.id() + " fixes " + quoted(source));
          }
        }
        default -> problems.add(what + ": template " + template.id() + " uses binding " + type
            + ", which this test cannot compare yet");
      }
    }
    // With entriesVisible false Modeler hides what the template does not show: nothing may hide there.
    for (String input : inputs.keySet()) {
      if (!boundInputs.contains(input)) {
        problems.add(what + ": input parameter " + input + " is not in template " + template.id()
            + " (Modeler would hide it)");
      }
    }
    for (String output : outputs.keySet()) {
      if (!boundOutputs.contains(output)) {
        problems.add(what + ": output parameter " + output + " is not in template " + template.id()
            + " (Modeler would hide it)");
      }
    }
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static List<Template> templatesOfType(String type) {
    return templates.stream().filter(t -> t.type().equals(type)).toList();
  }

  private static boolean isHidden(JsonNode property) {
    return "Hidden".equals(property.path("type").asText());
  }

  private static boolean isAttribute(JsonNode property) {
    return "property".equals(property.path("binding").path("type").asText());
  }

  private static List<String> choices(JsonNode property) {
    List<String> values = new ArrayList<>();
    property.path("choices").forEach(choice -> values.add(choice.path("value").asText()));
    return values;
  }

  private static String describe(JsonNode property) {
    JsonNode binding = property.path("binding");
    String name = binding.path("name").asText(binding.path("source").asText(""));
    return binding.path("type").asText("?") + " " + name;
  }

  private static String quoted(String value) {
    return value == null ? "missing" : "\"" + value + "\"";
  }

  /** The identifiers the input expressions of a decision read, or empty when there is no such decision. */
  private static Optional<Set<String>> decisionInputVariables(String decisionId) {
    Path file = DMN_DIR.resolve(decisionId + ".dmn");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Document doc = parse(file);
    for (Element decision : elements(doc.getElementsByTagNameNS("*", "decision"))) {
      if (!decisionId.equals(decision.getAttribute("id"))) {
        continue;
      }
      Set<String> read = new TreeSet<>();
      for (Element expression : elements(decision.getElementsByTagNameNS("*", "inputExpression"))) {
        Matcher identifier = IDENTIFIER.matcher(expression.getTextContent());
        while (identifier.find()) {
          read.add(identifier.group());
        }
      }
      for (Element input : elements(decision.getElementsByTagNameNS("*", "input"))) {
        if (!input.getAttribute("camunda:inputVariable").isEmpty()) {
          read.add(input.getAttribute("camunda:inputVariable"));
        }
      }
      return Optional.of(read);
    }
    return Optional.empty();
  }

  /** camunda:x or a plain BPMN attribute, "" when absent. */
  private static String attribute(Element element, String name) {
    if (name.startsWith("camunda:")) {
      return element.getAttributeNS(CAMUNDA, name.substring("camunda:".length()));
    }
    return element.getAttribute(name);
  }

  /** The element's own camunda:inputOutput parameters by name, with their text. */
  private static Map<String, String> parameters(Element element, String kind) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Element extensions : children(element, BPMN, "extensionElements")) {
      for (Element inputOutput : children(extensions, CAMUNDA, "inputOutput")) {
        for (Element parameter : children(inputOutput, CAMUNDA, kind)) {
          boolean structured = !children(parameter, CAMUNDA, "*").isEmpty();
          parameters.put(parameter.getAttribute("name"),
              structured ? "(script, list or map)" : parameter.getTextContent());
        }
      }
    }
    return parameters;
  }

  private static int countArguments(String expression, int openParen) {
    int depth = 0;
    int commas = 0;
    boolean any = false;
    char quote = 0;
    for (int i = openParen; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
        any = true;
        continue;
      }
      switch (c) {
        case '\'', '"' -> {
          quote = c;
          any = true;
        }
        case '(' -> depth++;
        case ')' -> {
          depth--;
          if (depth == 0) {
            return any ? commas + 1 : 0;
          }
        }
        case ',' -> {
          if (depth == 1) {
            commas++;
          }
        }
        default -> {
          if (depth >= 1 && !Character.isWhitespace(c)) {
            any = true;
          }
        }
      }
    }
    return -1; // unbalanced: matches no method
  }

  private static boolean isObjectMethod(Method method) {
    return method.getDeclaringClass() == Object.class;
  }

  private static Document parse(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + display(file) + ": " + e.getMessage(), e);
    }
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element) {
        elements.add(element);
      }
    }
    return elements;
  }

  private static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && namespace.equals(element.getNamespaceURI())
          && (localName.equals("*") || localName.equals(element.getLocalName()))) {
        children.add(element);
      }
    }
    return children;
  }

  private static String display(Path path) {
    return path.toString().replace('\\', '/');
  }

  private static void assertNoProblems(String subject, List<String> problems) {
    assertThat(problems)
        .withFailMessage(() -> String.format("%s: %d problem(s):%n     - %s", subject, problems.size(),
            String.join(String.format("%n     - "), problems)))
        .isEmpty();
  }
}
