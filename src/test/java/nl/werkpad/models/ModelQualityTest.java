package nl.werkpad.models;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Quality rules for the models in the top-level folders bpmn/ (processes and, in bpmn/forms, Camunda
 * Forms) and dmn/ (decisions). Every file is its own test case, and a failing case lists all problems
 * of that file at once, one per line, so a process designer can fix them in one go.
 *
 * <p>The base rules are the same as those of the external checker /work/shared/tools/check-models.py
 * (with the same messages), so the checker and this test agree. On top of them this test checks retry
 * cycles, DMN details, form references and form contents, and id conventions.
 *
 * <p>Paths are relative to the project base dir: Maven runs tests with that as working directory.
 */
class ModelQualityTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  private static final Path BPMN_DIR = Path.of("bpmn");
  private static final Path FORMS_DIR = BPMN_DIR.resolve("forms");
  private static final Path DMN_DIR = Path.of("dmn");
  private static final Path APPLICATION_YML = Path.of("src/main/resources/application.yml");

  /** BPMN elements that check-models.py treats as flow nodes (need a shape, mostly a label). */
  private static final Set<String> FLOW_NODES =
      Set.of(
          "task", "userTask", "serviceTask", "sendTask", "receiveTask", "scriptTask",
          "businessRuleTask", "manualTask", "callActivity", "subProcess", "transaction",
          "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent",
          "boundaryEvent", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
          "eventBasedGateway", "complexGateway");

  /** Flow nodes whose meaning is clear from the symbol, so a label is optional. */
  private static final Set<String> LABEL_OPTIONAL = Set.of("parallelGateway", "startEvent", "endEvent");

  /** Allowed id prefixes per flow node type, so ids in logs, Cockpit and REST say what they are. */
  private static final Map<String, List<String>> ID_PREFIXES =
      Map.ofEntries(
          entry("startEvent", List.of("StartEvent_")),
          entry("endEvent", List.of("EndEvent_")),
          entry("userTask", List.of("UserTask_")),
          entry("serviceTask", List.of("ServiceTask_")),
          entry("sendTask", List.of("SendTask_")),
          entry("receiveTask", List.of("ReceiveTask_")),
          entry("businessRuleTask", List.of("BusinessRuleTask_")),
          entry("scriptTask", List.of("ScriptTask_")),
          entry("callActivity", List.of("CallActivity_")),
          entry("subProcess", List.of("SubProcess_")),
          entry("transaction", List.of("Transaction_", "SubProcess_")),
          entry("task", List.of("Task_")),
          entry("manualTask", List.of("ManualTask_", "Task_")),
          entry("boundaryEvent", List.of("BoundaryEvent_")),
          entry("intermediateCatchEvent", List.of("IntermediateCatchEvent_", "Event_")),
          entry("intermediateThrowEvent", List.of("IntermediateThrowEvent_", "Event_")),
          entry("exclusiveGateway", List.of("Gateway_")),
          entry("parallelGateway", List.of("Gateway_")),
          entry("inclusiveGateway", List.of("Gateway_")),
          entry("eventBasedGateway", List.of("Gateway_")),
          entry("complexGateway", List.of("Gateway_")));

  /** Ids as Modeler generates them (Activity_0x8f2ab, Gateway_1abc2de): meaningless in logs. */
  private static final Pattern GENERATED_ID = Pattern.compile("_[0-9][a-z0-9]{6}$");

  /** Tasklist 7.24 renders Camunda Forms up to this form-js schema version. */
  private static final int MAX_FORM_SCHEMA_VERSION = 16;

  /** Form components that have a key but no label in form-js (not shown, so nothing to label). */
  private static final Set<String> UNLABELLED_FORM_COMPONENTS = Set.of("hidden", "expression");

  /** An engine-wide retry cycle for failed jobs, set as generic property in application.yml. */
  private static final Pattern DEFAULT_RETRY_CYCLE =
      Pattern.compile("^\\s*failed-job-retry-time-cycle:\\s*\\S", Pattern.MULTILINE);

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Path> bpmnFiles;
  private static List<Path> dmnFiles;
  private static List<Path> formFiles;
  private static FormIndex formIndex;
  private static boolean engineHasDefaultRetryCycle;

  @BeforeAll
  static void findModels() throws IOException {
    for (Path dir : List.of(BPMN_DIR, DMN_DIR)) {
      assertThat(dir)
          .withFailMessage(
              "model folder %s not found in %s: run the test from the project base dir",
              dir, Path.of("").toAbsolutePath())
          .isDirectory();
    }
    // Like check-models.py, look for both kinds of model in both folders: a misplaced file is checked too.
    bpmnFiles = filesEndingWith(".bpmn", BPMN_DIR, DMN_DIR);
    dmnFiles = filesEndingWith(".dmn", BPMN_DIR, DMN_DIR);
    formFiles = filesEndingWith(".form", FORMS_DIR);
    assertThat(bpmnFiles)
        .withFailMessage("no .bpmn files in %s", BPMN_DIR.toAbsolutePath())
        .isNotEmpty();
    formIndex = FormIndex.of(formFiles, bpmnFiles);
    engineHasDefaultRetryCycle =
        Files.isRegularFile(APPLICATION_YML)
            && DEFAULT_RETRY_CYCLE.matcher(Files.readString(APPLICATION_YML)).find();
  }

  @TestFactory
  Stream<DynamicTest> bpmnModels() {
    return bpmnFiles.stream().map(file -> modelTest(file, ModelQualityTest::checkBpmn));
  }

  @TestFactory
  Stream<DynamicTest> dmnModels() {
    return dmnFiles.stream().map(file -> modelTest(file, ModelQualityTest::checkDmn));
  }

  @TestFactory
  Stream<DynamicTest> forms() {
    return formFiles.stream().map(file -> modelTest(file, ModelQualityTest::checkForm));
  }

  /** One test case per file, named after the file, failing with every problem on its own line. */
  private static DynamicTest modelTest(Path file, Function<Path, List<String>> check) {
    String name = display(file);
    return DynamicTest.dynamicTest(
        name,
        file.toUri(),
        () -> {
          List<String> problems = check.apply(file);
          assertThat(problems)
              .withFailMessage(
                  () ->
                      String.format(
                          "%s has %d problem(s):%n     - %s",
                          name, problems.size(), String.join(String.format("%n     - "), problems)))
              .isEmpty();
        });
  }

  // --- BPMN ------------------------------------------------------------------------------------

  private static List<String> checkBpmn(Path file) {
    return checkXml(file, doc -> checkBpmn(file, doc));
  }

  /** Parses a model and checks it, or reports why it cannot be parsed. */
  private static List<String> checkXml(Path file, java.util.function.Function<Document, List<String>> check) {
    try {
      return check.apply(parseXml(file));
    } catch (IOException | SAXException e) {
      return List.of("not well-formed XML: " + describe(e));
    }
  }

  private static List<String> checkBpmn(Path file, Document doc) {
    List<String> problems = new ArrayList<>();
    Set<String> shapes = attributeValues(doc, BPMNDI, "BPMNShape", "bpmnElement");
    Set<String> edges = attributeValues(doc, BPMNDI, "BPMNEdge", "bpmnElement");

    // Without diagram interchange (DI) Modeler and Cockpit cannot draw the process at all.
    if (doc.getElementsByTagNameNS(BPMNDI, "BPMNDiagram").getLength() == 0) {
      problems.add("no diagram interchange (BPMNDI): Modeler and Cockpit cannot show it");
    }

    List<Element> processes = elements(doc.getElementsByTagNameNS(BPMN, "process"));
    // One process per file, named like the file, so a process id leads straight to its file.
    String expectedId = fileNameWithout(file, ".bpmn");
    if (processes.stream().noneMatch(process -> expectedId.equals(process.getAttribute("id")))) {
      problems.add(
          "no process with id " + expectedId + " (the file name); found "
              + processes.stream().map(p -> p.getAttribute("id")).toList());
    }

    for (Element process : processes) {
      // Without a history time to live the engine refuses the deployment (and history grows forever).
      if ("true".equals(process.getAttribute("isExecutable"))
          && camunda(process, "historyTimeToLive").isBlank()) {
        problems.add("process " + process.getAttribute("id") + ": camunda:historyTimeToLive missing");
      }
      for (Element element : elements(process.getElementsByTagNameNS(BPMN, "*"))) {
        checkBpmnElement(element, shapes, edges, problems);
      }
    }
    return problems;
  }

  private static void checkBpmnElement(
      Element element, Set<String> shapes, Set<String> edges, List<String> problems) {
    String kind = element.getLocalName();
    String id = element.getAttribute("id");
    String what = kind + " " + id;

    if (FLOW_NODES.contains(kind)) {
      // Without DI Modeler and Cockpit cannot show the element (it is silently left out).
      if (!shapes.contains(id)) {
        problems.add(what + ": no BPMNShape");
      }
      // Tasklist, Cockpit and history show the name: an unnamed step means nothing to a user.
      if (!LABEL_OPTIONAL.contains(kind) && element.getAttribute("name").isBlank()) {
        problems.add(what + ": no label");
      }
      checkId(what, id, ID_PREFIXES.get(kind), problems);
    }

    if (kind.equals("sequenceFlow")) {
      if (!edges.contains(id)) {
        problems.add("sequenceFlow " + id + ": no BPMNEdge");
      }
      checkId(what, id, List.of("Flow_"), problems);
    }

    // A user task without a form shows an empty Tasklist page: the user cannot do the work.
    if (kind.equals("userTask")
        && camunda(element, "formRef").isBlank()
        && camunda(element, "formKey").isBlank()) {
      problems.add("userTask " + id + ": no form (camunda:formRef or camunda:formKey)");
    }

    if (element.hasAttributeNS(CAMUNDA, "formRef")) {
      checkFormRef(what, camunda(element, "formRef"), problems);
    }

    if (kind.equals("serviceTask") || kind.equals("sendTask") || kind.equals("businessRuleTask")) {
      checkImplementation(element, what, problems);
    }
  }

  /** Service, send and business rule tasks: implemented, asynchronous, retried. */
  private static void checkImplementation(Element task, String what, List<String> problems) {
    String kind = task.getLocalName();
    boolean hasImplementation =
        Stream.of("class", "delegateExpression", "expression", "type", "decisionRef")
            .anyMatch(attribute -> !camunda(task, attribute).isBlank());
    boolean hasConnector = task.getElementsByTagNameNS("*", "connector").getLength() > 0;

    // Without an implementation the engine refuses the deployment.
    if (!hasImplementation && !hasConnector) {
      problems.add(what + ": no implementation");
    }

    // asyncBefore commits the user's step before the backend call: a failing backend then makes a
    // retryable job (and an incident) instead of rolling back what the user just submitted.
    // External tasks are already asynchronous: a worker fetches them.
    if (!kind.equals("businessRuleTask")
        && hasImplementation
        && !"true".equals(camunda(task, "asyncBefore"))
        && !"external".equals(camunda(task, "type"))) {
      problems.add(what + ": not asyncBefore (a backend failure would roll back the user's step)");
    }

    // An asynchronous job needs a retry cycle, or a short outage burns its retries in seconds.
    if (!kind.equals("businessRuleTask")
        && "true".equals(camunda(task, "asyncBefore"))
        && !engineHasDefaultRetryCycle
        && !hasRetryCycle(task)) {
      problems.add(
          what + ": asyncBefore without a retry cycle (camunda:failedJobRetryTimeCycle, or "
              + "failed-job-retry-time-cycle in " + display(APPLICATION_YML) + ")");
    }
  }

  private static boolean hasRetryCycle(Element task) {
    for (Element extensions : children(task, BPMN, "extensionElements")) {
      for (Element cycle : children(extensions, CAMUNDA, "failedJobRetryTimeCycle")) {
        if (!cycle.getTextContent().isBlank()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A formRef must name exactly one form, or Tasklist shows no form or an arbitrary one. */
  private static void checkFormRef(String what, String formRef, List<String> problems) {
    if (formRef.isBlank() || isExpression(formRef)) {
      return; // blank: reported as "no form"; an expression is only resolved at runtime
    }
    List<Path> files = formIndex.filesById().getOrDefault(formRef, List.of());
    if (files.isEmpty()) {
      problems.add(
          what + ": camunda:formRef " + formRef + " matches no form id in " + display(FORMS_DIR));
    } else if (files.size() > 1) {
      problems.add(what + ": camunda:formRef " + formRef + " matches several forms: " + display(files));
    }
  }

  /** Checks a flow node or sequence flow id against the naming convention. */
  private static void checkId(String what, String id, List<String> prefixes, List<String> problems) {
    if (prefixes.stream().noneMatch(id::startsWith)) {
      problems.add(what + ": id should start with " + String.join(" or ", prefixes));
    }
    if (GENERATED_ID.matcher(id).find()) {
      problems.add(what + ": generated id (Modeler default), give it a meaningful one");
    }
  }

  // --- DMN -------------------------------------------------------------------------------------

  private static List<String> checkDmn(Path file) {
    return checkXml(file, ModelQualityTest::checkDmn);
  }

  private static List<String> checkDmn(Document doc) {
    List<String> problems = new ArrayList<>();
    // Any DMN version (1.1 to 1.3): match by local name, as check-models.py does.
    for (Element decision : elements(doc.getElementsByTagNameNS("*", "decision"))) {
      String what = "decision " + decision.getAttribute("id");
      // Without a history time to live the engine refuses the deployment (and history grows forever).
      if (decision.getAttributeNS(CAMUNDA_DMN, "historyTimeToLive").isBlank()
          && camunda(decision, "historyTimeToLive").isBlank()) {
        problems.add(what + ": camunda:historyTimeToLive missing");
      }
      for (Element table : elements(decision.getElementsByTagNameNS("*", "decisionTable"))) {
        checkDecisionTable(what, table, problems);
      }
    }
    return problems;
  }

  private static void checkDecisionTable(String decision, Element table, List<String> problems) {
    // The default hit policy (UNIQUE) is invisible in the XML; stating it shows it was chosen.
    if (!table.hasAttribute("hitPolicy")) {
      problems.add(
          decision + ": decision table " + table.getAttribute("id") + " has no explicit hitPolicy");
    }
    // Without a typeRef input values are compared untyped, e.g. the string "0484" against a number.
    for (Element input : children(table, table.getNamespaceURI(), "input")) {
      String what = decision + ", input " + input.getAttribute("id");
      List<Element> expressions = children(input, table.getNamespaceURI(), "inputExpression");
      if (expressions.isEmpty()) {
        problems.add(what + ": no inputExpression");
      } else if (expressions.get(0).getAttribute("typeRef").isBlank()) {
        problems.add(what + ": inputExpression has no typeRef");
      }
    }
    // The annotation column must say where a rule comes from (agreement, regulation), so it can be
    // checked and kept up to date.
    for (Element rule : children(table, table.getNamespaceURI(), "rule")) {
      List<Element> descriptions = children(rule, table.getNamespaceURI(), "description");
      if (descriptions.isEmpty() || descriptions.get(0).getTextContent().isBlank()) {
        problems.add(
            decision + ", rule " + rule.getAttribute("id")
                + ": no description (the annotation naming the rule's source)");
      }
    }
  }

  // --- Forms -----------------------------------------------------------------------------------

  private static List<String> checkForm(Path file) {
    JsonNode form;
    try {
      form = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      return List.of(
          String.format(
              "not valid JSON: line %d, column %d: %s",
              at.getLineNr(), at.getColumnNr(), e.getOriginalMessage()));
    } catch (IOException e) {
      return List.of("not readable: " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();

    // User tasks and start events refer to a form by this id (camunda:formRef).
    String id = form.path("id").asText("");
    if (id.isBlank()) {
      problems.add("no form id (top-level field id)");
    } else {
      List<Path> sameId = formIndex.filesById().getOrDefault(id, List.of(file));
      if (sameId.size() > 1) {
        problems.add("form id " + id + " is also used by " + display(otherThan(file, sameId)));
      }
      // An unused form is dead weight, or a sign that a task refers to the wrong form.
      if (!formIndex.referencedIds().contains(id)
          && !formIndex.referencedFileNames().contains(file.getFileName().toString())) {
        problems.add("form " + id + " is not referenced by any BPMN element (orphan form)");
      }
    }

    // A newer form-js schema than Tasklist's leaves the task without a usable form.
    JsonNode schemaVersion = form.path("schemaVersion");
    if (!schemaVersion.canConvertToInt()) {
      problems.add("no schemaVersion");
    } else if (schemaVersion.asInt() > MAX_FORM_SCHEMA_VERSION) {
      problems.add(
          "schemaVersion " + schemaVersion.asInt() + " is newer than "
              + MAX_FORM_SCHEMA_VERSION + ", the highest Tasklist 7.24 renders");
    }

    checkComponents(form.path("components"), new HashSet<>(), problems);
    return problems;
  }

  /** Walks the components, including those nested in groups and dynamic lists. */
  private static void checkComponents(JsonNode components, Set<String> seenIds, List<String> problems) {
    for (JsonNode component : components) {
      String id = component.path("id").asText("");
      String type = component.path("type").asText("");
      String key = component.path("key").asText("");
      String what = "component " + (id.isBlank() ? "without id" : id) + " (" + type + ")";

      // form-js keeps component state by id; duplicate ids break rendering and validation.
      if (!id.isBlank() && !seenIds.add(id)) {
        problems.add(what + ": id used more than once in this form");
      }
      // A field without a label leaves the user guessing what to enter.
      if (!key.isBlank() && !UNLABELLED_FORM_COMPONENTS.contains(type)) {
        String labelField = labelField(component);
        if (component.path(labelField).asText("").isBlank()) {
          problems.add(what + ", key " + key + ": no " + labelField);
        }
      }
      checkComponents(component.path("components"), seenIds, problems);
    }
  }

  /** The field holding the label: date and time pickers have their own. */
  private static String labelField(JsonNode component) {
    if (!"datetime".equals(component.path("type").asText())) {
      return "label";
    }
    return "time".equals(component.path("subtype").asText()) ? "timeLabel" : "dateLabel";
  }

  /**
   * Which forms exist (by id) and which are referenced from BPMN: by camunda:formRef (form id) or by a
   * camunda:formKey like camunda-forms:deployment:forms/X.form (file name).
   */
  private record FormIndex(
      Map<String, List<Path>> filesById, Set<String> referencedIds, Set<String> referencedFileNames) {

    static FormIndex of(List<Path> formFiles, List<Path> bpmnFiles) {
      Map<String, List<Path>> filesById = new TreeMap<>();
      for (Path file : formFiles) {
        try {
          String id = JSON.readTree(file.toFile()).path("id").asText("");
          if (!id.isBlank()) {
            filesById.computeIfAbsent(id, any -> new ArrayList<>()).add(file);
          }
        } catch (IOException e) {
          // reported by the form's own test case
        }
      }
      Set<String> referencedIds = new HashSet<>();
      Set<String> referencedFileNames = new HashSet<>();
      for (Path file : bpmnFiles) {
        try {
          for (Element element : elements(parseXml(file).getElementsByTagNameNS("*", "*"))) {
            referencedIds.add(camunda(element, "formRef"));
            String formKey = camunda(element, "formKey");
            if (formKey.startsWith("camunda-forms:")) {
              // camunda-forms:deployment:forms/X.form and camunda-forms:app:forms/X.form name X.form
              referencedFileNames.add(formKey.replaceAll(".*[:/]", ""));
            }
          }
        } catch (IOException | SAXException e) {
          // reported by the BPMN file's own test case
        }
      }
      return new FormIndex(filesById, referencedIds, referencedFileNames);
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static List<Path> filesEndingWith(String extension, Path... dirs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile)
            .filter(path -> path.getFileName().toString().endsWith(extension))
            .filter(path -> !isSkipped(path))
            .forEach(files::add);
      }
    }
    return files.stream().distinct().sorted().toList();
  }

  /** Build output and tool folders, skipped like check-models.py does. */
  private static boolean isSkipped(Path path) {
    for (Path part : path) {
      if (Set.of("target", "node_modules", ".git").contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Namespace-aware DOM parse that throws instead of printing parser errors to stderr. */
  private static Document parseXml(Path file) throws IOException, SAXException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(file.toFile());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(Exception e) {
    if (e instanceof SAXParseException parse) {
      return String.format(
          "line %d, column %d: %s", parse.getLineNumber(), parse.getColumnNumber(), parse.getMessage());
    }
    return e.getMessage();
  }

  /** A camunda: attribute, "" when absent. */
  private static String camunda(Element element, String name) {
    String value = element.getAttributeNS(CAMUNDA, name);
    return value == null ? "" : value;
  }

  private static boolean isExpression(String value) {
    return value.contains("${") || value.contains("#{");
  }

  private static Set<String> attributeValues(
      Document doc, String namespace, String tag, String attribute) {
    return elements(doc.getElementsByTagNameNS(namespace, tag)).stream()
        .map(element -> element.getAttribute(attribute))
        .collect(Collectors.toSet());
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  /** Direct child elements with the given namespace and local name. */
  private static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> result = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && localName.equals(element.getLocalName())
          && Objects.equals(namespace, element.getNamespaceURI())) {
        result.add(element);
      }
    }
    return result;
  }

  private static String fileNameWithout(Path file, String extension) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - extension.length());
  }

  private static List<Path> otherThan(Path file, List<Path> files) {
    return files.stream().filter(other -> !other.equals(file)).toList();
  }

  /** A path as designers read it, with forward slashes on every OS. */
  private static String display(Path path) {
    return path.toString().replace('\\', '/');
  }

  private static String display(List<Path> paths) {
    return paths.stream().map(ModelQualityTest::display).collect(Collectors.joining(", "));
  }
}
