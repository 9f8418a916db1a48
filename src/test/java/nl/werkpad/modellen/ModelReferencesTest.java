package nl.werkpad.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.werkpad.support.ApplicationTest;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Fails when a model names something that does not exist: a delegate or listener that is no bean of
 * Werkpad (or not of the right kind), a form, decision or called process that is not in the repository,
 * or a variable that is not in the designers' register of variables (docs/ontwerpers/variabelen.md). Also
 * when a variable has the name of a bean: an expression would find the variable and not the bean.
 */
@ApplicationTest
class ModelReferencesTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Path REGISTER = Path.of("docs/ontwerpers/variabelen.md");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern STRING = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(\\s*\\()?");
  private static final Set<String> BUILT_IN = Set.of("execution", "task", "true", "false", "null", "empty", "not",
      "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "authenticatedUserId");
  /** Functions Camunda offers in expressions. */
  private static final Set<String> FUNCTIONS = Set.of("dateTime", "now", "currentUser", "currentUserGroups");

  @Autowired ApplicationContext beans;

  @Test
  void everyModelNamesOnlyWhatExists() throws IOException {
    Set<String> variables = register();
    Set<String> forms = formIds();
    Set<String> decisions = ids("dmn", ".dmn");
    Set<String> processes = ids("bpmn", ".bpmn");
    List<String> problems = new ArrayList<>();
    for (Path file : files("bpmn", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      visit(model.getDocument().getRootElement(), file.getFileName().toString(), variables, forms, decisions, processes,
          problems);
    }
    for (Path file : files("dmn", ".dmn")) {
      Dmn.readModelFromFile(file.toFile()).getModelElementsByType(InputExpression.class).forEach(input ->
          identifiers(input.getText().getTextContent()).forEach(name -> {
            if (!variables.contains(name)) {
              problems.add(file.getFileName() + ": invoer '" + name + "' staat niet in " + REGISTER);
            }
          }));
    }
    for (Path file : files("bpmn/forms", ".form")) {
      keys(new ObjectMapper().readTree(file.toFile())).forEach(key -> {
        if (!variables.contains(key)) {
          problems.add(file.getFileName() + ": veld '" + key + "' staat niet in " + REGISTER);
        }
      });
    }
    variables.stream().filter(beans::containsBean).forEach(name ->
        problems.add("variabele '" + name + "' heeft de naam van een bouwsteen (bean): een expressie vindt de variabele"));
    assertThat(problems).as("what the models name but does not exist").isEmpty();
  }

  private void visit(DomElement element, String file, Set<String> variables, Set<String> forms, Set<String> decisions,
      Set<String> processes, List<String> problems) {
    String where = file + " " + (element.getAttribute("id") == null ? element.getLocalName() : element.getAttribute("id"));
    String delegate = element.getAttribute(CAMUNDA, "delegateExpression");
    if (delegate != null) {
      Class<?> kind = switch (element.getLocalName()) {
        case "taskListener" -> TaskListener.class;
        case "executionListener" -> ExecutionListener.class;
        default -> JavaDelegate.class;
      };
      Matcher bean = Pattern.compile("^\\$\\{(\\w+)}$").matcher(delegate);
      if (!bean.matches()) {
        problems.add(where + ": delegateExpression is geen bouwsteen: " + delegate);
      } else if (!beans.containsBean(bean.group(1))) {
        problems.add(where + ": bouwsteen '" + bean.group(1) + "' bestaat niet");
      } else if (!kind.isInstance(beans.getBean(bean.group(1)))) {
        problems.add(where + ": bouwsteen '" + bean.group(1) + "' is geen " + kind.getSimpleName());
      }
    }
    check(element.getAttribute(CAMUNDA, "formRef"), forms, where, "formulier", problems);
    check(element.getAttribute(CAMUNDA, "decisionRef"), decisions, where, "beslistabel", problems);
    if (element.getLocalName().equals("callActivity")) {
      check(element.getAttribute("calledElement"), processes, where, "proces", problems);
    }
    List<String> expressions = new ArrayList<>();
    for (String attribute : List.of("candidateGroups", "candidateUsers", "assignee", "dueDate", "followUpDate",
        "expression", "calledElementVersion", "decisionRefVersion", "businessKey", "source")) {
      String value = element.getAttribute(CAMUNDA, attribute);
      if (value != null) {
        expressions.add(value);
      }
    }
    if (Set.of("conditionExpression", "timeDate", "timeDuration", "timeCycle", "inputParameter", "outputParameter")
        .contains(element.getLocalName())) {
      expressions.add(element.getTextContent());
    }
    if (Set.of("inputParameter", "outputParameter").contains(element.getLocalName())) {
      check(element.getAttribute("name"), variables, where, "variabele (register)", problems);
    }
    String resultVariable = element.getAttribute(CAMUNDA, "resultVariable");
    if (resultVariable != null) {
      check(resultVariable, variables, where, "variabele (register)", problems);
    }
    for (String expression : expressions) {
      Matcher matcher = EXPRESSION.matcher(expression);
      while (matcher.find()) {
        for (String name : identifiers(matcher.group(1))) {
          if (!variables.contains(name) && !beans.containsBean(name)) {
            problems.add(where + ": '" + name + "' is geen variabele uit " + REGISTER + " en geen bouwsteen");
          }
        }
      }
    }
    for (DomElement child : element.getChildElements()) {
      visit(child, file, variables, forms, decisions, processes, problems);
    }
  }

  private static void check(String name, Set<String> existing, String where, String what, List<String> problems) {
    if (name != null && !name.contains("${") && !existing.contains(name)) {
      problems.add(where + ": " + what + " '" + name + "' bestaat niet");
    }
  }

  /** The names an expression reads: not properties after a dot, strings, keywords or Camunda's functions. */
  static Set<String> identifiers(String expression) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = IDENTIFIER.matcher(STRING.matcher(expression).replaceAll("''"));
    while (matcher.find()) {
      String name = matcher.group(1);
      boolean call = matcher.group(2) != null;
      if (!BUILT_IN.contains(name) && !(call && FUNCTIONS.contains(name)) && !Character.isDigit(name.charAt(0))) {
        names.add(name);
      }
    }
    return names;
  }

  /** The variable names of the register: the first cell of each table row, in backticks. */
  static Set<String> register() throws IOException {
    assertThat(REGISTER).as("the designers' register of variables").isRegularFile();
    Set<String> names = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\|\\s*`([^`]+)`\\s*\\|").matcher(Files.readString(REGISTER));
    while (row.find()) {
      names.add(row.group(1));
    }
    return names;
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new TreeSet<>();
    if (node.has("key") && !Set.of("text", "spacer", "separator").contains(node.path("type").asText())) {
      keys.add(node.get("key").asText());
    }
    node.path("components").forEach(child -> keys.addAll(keys(child)));
    return keys;
  }

  private static Set<String> formIds() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Path file : files("bpmn/forms", ".form")) {
      ids.add(new ObjectMapper().readTree(file.toFile()).path("id").asText());
    }
    return ids;
  }

  /** Process ids (file names equal them, as ModelQualityTest demands) and decision ids. */
  private static Set<String> ids(String dir, String suffix) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Path file : files(dir, suffix)) {
      String text = Files.readString(file);
      Matcher id = Pattern.compile(suffix.equals(".dmn") ? "<decision id=\"(\\w+)\"" : "<bpmn:process id=\"(\\w+)\"").matcher(text);
      while (id.find()) {
        ids.add(id.group(1));
      }
    }
    return ids;
  }

  private static List<Path> files(String dir, String suffix) throws IOException {
    try (Stream<Path> list = Files.list(Path.of(dir))) {
      return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
