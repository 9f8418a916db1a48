package nl.werkpad.modellen;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.kernel.ProtectedVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * What an expression in a model may reach. A deployment executes code (a delegate, listener, condition,
 * timer, input mapping): unchecked, any expression could take the engine's services from
 * {@code execution} and make its author an administrator. So every expression, of every model however it
 * was deployed, may use only:
 * <ul>
 *   <li>process variables, and of {@code execution} or {@code task} only their variables and the
 *       journey's identifying data ({@link #SCOPE_MEMBERS});</li>
 *   <li>the beans and methods of Werkpad marked {@link ModelApi} (those behind the element templates and
 *       Werkpad's own models);</li>
 *   <li>values (text, numbers, dates, lists, maps, JSON of a form), with their own methods, never the
 *       way to classes and reflection ({@link #NEVER});</li>
 *   <li>the functions {@link #FUNCTIONS}.</li>
 * </ul>
 * The same rules serve twice: at deployment, to refuse a model with a Dutch message naming the element
 * ({@link #problems(String)}), and at every evaluation, inside the engine's expression machinery
 * ({@link SandboxedExpressionManager}), for whatever a check of the text cannot see.
 */
@Component
public class ExpressionSandbox {

  /** The engine's functions a model may call: dates and the current user. No Spin, no others. */
  public static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

  /** What a model may ask of the execution or task it runs in: variables, and the journey's identifying data. */
  public static final Set<String> SCOPE_MEMBERS = Set.of(
      "getVariable", "getVariableLocal", "getVariableTyped", "getVariableLocalTyped", "getVariables",
      "getVariablesLocal", "getVariableNames", "getVariableNamesLocal", "hasVariable", "hasVariableLocal",
      "hasVariables", "setVariable", "setVariableLocal",
      "variables", "variablesLocal", "variableNames",
      "getProcessBusinessKey", "processBusinessKey", "getBusinessKey", "businessKey",
      "getProcessInstanceId", "processInstanceId", "getId", "id", "getTenantId", "tenantId",
      "getCurrentActivityId", "currentActivityId", "getCurrentActivityName", "currentActivityName",
      "getActivityInstanceId", "activityInstanceId", "getEventName", "eventName",
      "getProcessDefinitionId", "processDefinitionId",
      "getName", "name", "getTaskDefinitionKey", "taskDefinitionKey", "getAssignee", "assignee",
      "getDueDate", "dueDate", "getPriority", "priority", "getCreateTime", "createTime", "getExecution", "execution");

  /** Never, on any object: the ways to classes, reflection, threads and the engine itself. */
  public static final Set<String> NEVER = Set.of(
      "class", "getClass", "classLoader", "getClassLoader", "forName", "newInstance", "invoke",
      "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getDeclaredField",
      "getConstructor", "getDeclaredConstructor", "getDeclaringClass", "wait", "notify", "notifyAll",
      "processEngine", "getProcessEngine", "processEngineServices", "getProcessEngineServices",
      "bpmnModelInstance", "getBpmnModelInstance", "bpmnModelElementInstance", "getBpmnModelElementInstance",
      "processEngineConfiguration", "getProcessEngineConfiguration", "mapTo");

  /** What of a form's JSON value (a checklist, a taglist) a model may read. */
  private static final Set<String> JSON_MEMBERS = Set.of("prop", "hasProp", "elements", "fieldNames", "isObject",
      "isArray", "isString", "isNumber", "isBoolean", "isNull", "isValue", "stringValue", "numberValue", "boolValue",
      "value", "toString");

  private static final Set<String> SCOPE_NAMES = Set.of("execution", "task");

  private static final Set<String> SETTERS = Set.of("setVariable", "setVariableLocal");

  private final ListableBeanFactory beans;
  private final ProtectedVariables protectedVariables;
  /** Bean name to the methods models may call on it; found once, when a model first needs it. */
  private volatile Map<String, Set<String>> modelBeans;

  ExpressionSandbox(ListableBeanFactory beans, ProtectedVariables protectedVariables) {
    this.beans = beans;
    this.protectedVariables = protectedVariables;
  }

  /** A variable only Werkpad's own code writes: who and where the journey is, its zaken. */
  boolean isProtectedVariable(String name) {
    return protectedVariables.isProtected(name);
  }

  /** Refuses, at evaluation, a model's write of a protected variable ({@code execution.setVariable('bsn', ...)}). */
  void checkCall(Object base, Object method, Object[] params) {
    if (base instanceof VariableScope && SETTERS.contains(String.valueOf(method)) && params != null && params.length > 0
        && params[0] instanceof String name && isProtectedVariable(name)) {
      throw new ModelNotAllowedException(protectedWrite(name));
    }
  }

  static String protectedWrite(String name) {
    return "'" + name + "' schrijft alleen Werkpad zelf: het zegt wie en waar de klantreis is.";
  }

  /** A bean a model may name (a delegate, a listener, or one with methods for models). */
  public boolean isModelBean(String name) {
    return modelBeans().containsKey(name);
  }

  /** A bean of the application that is not for models: naming it is refused, not merely unknown. */
  boolean isOtherBean(String name) {
    return !isModelBean(name) && beans.containsBean(name);
  }

  Object bean(String name) {
    return beans.getBean(name);
  }

  /**
   * Refuses, at evaluation, a property or method of {@code base} that models may not reach.
   *
   * @throws ModelNotAllowedException when the model may not
   */
  void checkMember(Object base, Object member, boolean call) {
    String name = String.valueOf(member);
    if (NEVER.contains(name)) {
      throw new ModelNotAllowedException("'" + name + "' is in een model nooit toegestaan.");
    }
    if (base instanceof Map<?, ?> || base instanceof List<?> || base.getClass().isArray()) {
      return; // keys and indexes; a map's or list's own methods below when called
    }
    if (base instanceof VariableScope) {
      if (!SCOPE_MEMBERS.contains(name)) {
        throw new ModelNotAllowedException("Een model mag van execution of task alleen variabelen en de gegevens van de "
            + "klantreis gebruiken, niet '" + name + "'.");
      }
      return;
    }
    Kind kind = KINDS.get(base.getClass());
    if (call && kind.staticMethods.contains(name)) {
      // Reached through an object, a static method still acts on the whole application (a default time zone).
      throw new ModelNotAllowedException("'" + name + "' is een functie van de klasse, niet van de waarde.");
    }
    switch (kind.what) {
      case MODEL_BEAN -> {
        if (!call || !kind.methods.contains(name)) {
          throw new ModelNotAllowedException("Van deze bouwsteen van Werkpad kan een model alleen " + list(kind.methods)
              + " aanroepen, niet '" + name + "'.");
        }
      }
      case JSON -> {
        if (!JSON_MEMBERS.contains(name)) {
          throw new ModelNotAllowedException("Van een JSON-waarde kan een model alleen lezen (" + list(JSON_MEMBERS)
              + "), niet '" + name + "'.");
        }
      }
      case VALUE -> { }
      default -> throw new ModelNotAllowedException("Een model kan met een waarde van het soort "
          + ClassUtils.getUserClass(base).getSimpleName() + " niets doen ('" + name + "').");
    }
  }

  /** What a model may do with objects of a class, found once per class. */
  private record Kind(What what, Set<String> methods, Set<String> staticMethods) {
    enum What { MODEL_BEAN, JSON, VALUE, NONE }
  }

  private static final ClassValue<Kind> KINDS = new ClassValue<>() {
    @Override
    protected Kind computeValue(Class<?> type) {
      Class<?> user = ClassUtils.getUserClass(type);
      Set<String> statics = new TreeSet<>();
      Set<String> instance = new TreeSet<>();
      for (Method method : type.getMethods()) {
        (Modifier.isStatic(method.getModifiers()) ? statics : instance).add(method.getName());
      }
      statics.removeAll(instance);
      Set<String> methods = modelMethods(user);
      if (!methods.isEmpty() || AnnotatedElementUtils.hasAnnotation(user, ModelApi.class)) {
        return new Kind(Kind.What.MODEL_BEAN, methods, statics);
      }
      if (SpinJsonNode.class.isAssignableFrom(type)) {
        return new Kind(Kind.What.JSON, Set.of(), statics);
      }
      return new Kind(isValue(type) ? Kind.What.VALUE : Kind.What.NONE, Set.of(), statics);
    }
  };

  /** Text, numbers, truth values, dates and collections: what variables and Werkpad's model methods hold. */
  private static boolean isValue(Class<?> type) {
    return CharSequence.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type)
        || type == Boolean.class || type == Character.class || Date.class.isAssignableFrom(type)
        || TemporalAccessor.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)
        || Collection.class.isAssignableFrom(type) || type.isEnum() || TypedValue.class.isAssignableFrom(type)
        || ValueType.class.isAssignableFrom(type) || type.getName().startsWith("org.joda.time.");
  }

  /**
   * Every reason the expression may not be in a model; empty when it may. What the text alone cannot tell
   * (what a variable holds) is left to the check at evaluation.
   */
  public List<String> problems(String expression) {
    Node root;
    try {
      root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(expression).getRoot();
    } catch (TreeBuilderException | IllegalArgumentException e) {
      return List.of("'" + expression + "' is geen geldige expressie.");
    }
    List<String> problems = new ArrayList<>();
    walk(root, problems);
    return problems.stream().distinct().toList();
  }

  private void walk(Node node, List<String> problems) {
    if (node instanceof AstMethod method && method.getChild(0) instanceof AstProperty property) {
      member(property, true, problems);
      if (SETTERS.contains(memberName(property)) && method.getChild(1).getCardinality() > 0
          && method.getChild(1).getChild(0) instanceof AstString name
          && isProtectedVariable(String.valueOf(((AstNode) name).eval(null, null)))) {
        problems.add(protectedWrite(String.valueOf(((AstNode) name).eval(null, null))));
      }
      walk(property.getChild(0), problems);
      walk(method.getChild(1), problems);
      return;
    }
    if (node instanceof AstProperty property) {
      member(property, false, problems);
    } else if (node instanceof AstIdentifier identifier
        && (isOtherBean(identifier.getName()) || NEVER.contains(identifier.getName()))) {
      problems.add("'" + identifier.getName() + "' is geen bouwsteen van Werkpad voor modellen; een model kan "
          + "procesvariabelen, execution en de bouwstenen uit de sjablonen gebruiken.");
    } else if (node instanceof AstFunction function && !FUNCTIONS.contains(function.getName())) {
      problems.add("de functie '" + function.getName() + "()' is in een model niet beschikbaar; wel: "
          + list(FUNCTIONS) + ".");
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      walk(node.getChild(i), problems);
    }
  }

  private void member(AstProperty property, boolean call, List<String> problems) {
    String name = memberName(property);
    if (name == null) {
      return; // computed: decided at evaluation
    }
    if (NEVER.contains(name)) {
      problems.add("'" + name + "' is in een model nooit toegestaan: het opent de engine of de klassen van Java.");
      return;
    }
    if (!(property.getChild(0) instanceof AstIdentifier base)) {
      return;
    }
    if (SCOPE_NAMES.contains(base.getName())) {
      if (!SCOPE_MEMBERS.contains(name)) {
        problems.add("van " + base.getName() + " kan een model alleen variabelen en de gegevens van de klantreis "
            + "gebruiken, niet '" + name + "'.");
      }
    } else if (isModelBean(base.getName())) {
      Set<String> methods = modelBeans().get(base.getName());
      if (!call || !methods.contains(name)) {
        problems.add("van de bouwsteen '" + base.getName() + "' kan een model alleen " + list(methods)
            + " aanroepen, niet '" + name + "'.");
      }
    }
  }

  private static String memberName(AstProperty property) {
    if (property instanceof AstDot dot) {
      return dot.toString().substring(2); // ". name"
    }
    if (property instanceof AstBracket && property.getChild(1) instanceof AstString literal) {
      return String.valueOf(((AstNode) literal).eval(null, null));
    }
    return null;
  }

  private Map<String, Set<String>> modelBeans() {
    Map<String, Set<String>> found = modelBeans;
    if (found == null) {
      found = new HashMap<>();
      for (String name : beans.getBeanDefinitionNames()) {
        Class<?> type = beans.getType(name, false);
        if (type == null) {
          continue;
        }
        Class<?> user = ClassUtils.getUserClass(type);
        Set<String> methods = modelMethods(user);
        if (!methods.isEmpty() || AnnotatedElementUtils.hasAnnotation(user, ModelApi.class)) {
          found.put(name, methods);
        }
      }
      modelBeans = Map.copyOf(found);
    }
    return found;
  }

  private static Set<String> modelMethods(Class<?> type) {
    Set<String> methods = new TreeSet<>();
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(ModelApi.class)) {
        methods.add(method.getName());
      }
    }
    return methods;
  }

  private static String list(Set<String> names) {
    return names.isEmpty() ? "niets" : String.join(", ", new TreeSet<>(names));
  }
}
