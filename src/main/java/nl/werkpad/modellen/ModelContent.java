package nl.werkpad.modellen;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the files of a deployment may hold, read before the engine parses them: models that run only
 * what the {@link ExpressionSandbox} allows. No scripts, no Java classes, no forms other than Camunda
 * Forms, decisions in FEEL only, and no file the webapps would serve to case workers as code (HTML,
 * JavaScript, SVG). Every expression is checked against the sandbox, so a refusal names the element.
 */
@Component
class ModelContent {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Set<String> ALLOWED_FILES = Set.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form",
      ".png", ".jpg", ".jpeg", ".gif");
  /** Attributes of Camunda's that name a Java class the engine would instantiate. */
  private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "formHandlerClass", "variableMappingClass");
  /** Texts for readers, never evaluated. */
  private static final Set<String> PROSE = Set.of("documentation", "text");
  /** Where BPMN's flow elements live. */
  private static final Set<String> CONTAINERS = Set.of("process", "subProcess", "transaction", "adHocSubProcess");
  private static final Pattern FEEL_EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");

  private final ExpressionSandbox sandbox;

  ModelContent(ExpressionSandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** Every reason this file may not be deployed; empty when it may. */
  List<String> problems(String name, byte[] content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (ALLOWED_FILES.stream().noneMatch(lower::endsWith)) {
      return List.of("Het bestand '" + name + "' hoort niet in een deployment: alleen BPMN-, DMN- en formulierbestanden "
          + "(Camunda Forms) en afbeeldingen.");
    }
    boolean bpmn = lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml");
    boolean dmn = lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml");
    if (!bpmn && !dmn) {
      return List.of();
    }
    Element root;
    try {
      root = parse(content);
    } catch (Exception e) {
      return List.of("Het bestand '" + name + "' is geen leesbaar " + (bpmn ? "BPMN" : "DMN") + "-model.");
    }
    List<String> problems = new ArrayList<>();
    walk(root, bpmn, problems);
    return problems.stream().distinct().toList();
  }

  private void walk(Element element, boolean bpmn, List<String> problems) {
    String local = element.getLocalName();
    if (bpmn && (local.equals("script") || local.equals("scriptTask"))) {
      problems.add(where(element, bpmn) + " bevat een script; scripts mogen niet in een model (gebruik een sjabloon van Werkpad).");
    }
    if (bpmn && CAMUNDA.equals(element.getNamespaceURI()) && local.equals("connector")) {
      problems.add(where(element, bpmn) + " gebruikt een connector; die mag niet in een model (gebruik een sjabloon van Werkpad).");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      attribute(element, (Attr) attributes.item(i), bpmn, problems);
    }
    boolean prose = PROSE.contains(local) && bpmn;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element nested) {
        walk(nested, bpmn, problems);
      } else if (!prose && (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)) {
        text(element, child.getNodeValue(), bpmn, problems);
      }
    }
  }

  private void attribute(Element element, Attr attribute, boolean bpmn, List<String> problems) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    // camunda:class on a task, and class on a camunda:executionListener, mean the same.
    boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI())
        || attribute.getNamespaceURI() == null && CAMUNDA.equals(element.getNamespaceURI());
    if (bpmn && camunda && CLASS_ATTRIBUTES.contains(name)) {
      problems.add(where(element, bpmn) + " noemt de Java-klasse '" + attribute.getValue() + "'; een model gebruikt alleen de "
          + "bouwstenen van Werkpad (de sjablonen).");
    } else if (bpmn && (name.equals("scriptFormat") || camunda && name.equals("resource") && element.getLocalName().equals("script"))) {
      problems.add(where(element, bpmn) + " bevat een script; scripts mogen niet in een model (gebruik een sjabloon van Werkpad).");
    } else if (bpmn && camunda && name.equals("formKey")) {
      problems.add(where(element, bpmn) + " gebruikt een formulier met formKey '" + attribute.getValue()
          + "'; een taak van Werkpad heeft een Camunda Form (camunda:formRef).");
    } else if (bpmn && camunda && writesProtected(element, name, attribute.getValue())) {
      problems.add(where(element, bpmn) + ": " + ExpressionSandbox.protectedWrite(attribute.getValue()));
    } else if (!bpmn && name.equals("expressionLanguage") && !attribute.getValue().toLowerCase(Locale.ROOT).contains("feel")) {
      problems.add(where(element, bpmn) + " gebruikt de taal '" + attribute.getValue() + "'; een beslistabel rekent alleen in FEEL.");
    } else {
      text(element, attribute.getValue(), bpmn, problems);
    }
  }

  /**
   * A mapping or result that would write a protected variable: an input or output parameter, a call
   * activity's in or out other than the same variable passed on, a result or element variable.
   */
  private boolean writesProtected(Element element, String attribute, String value) {
    if (!sandbox.isProtectedVariable(value)) {
      return false;
    }
    String local = element.getLocalName();
    return switch (attribute) {
      case "name" -> local.equals("inputParameter") || local.equals("outputParameter");
      case "target" -> (local.equals("in") || local.equals("out")) && !value.equals(element.getAttribute("source"));
      case "resultVariable", "elementVariable" -> true;
      default -> false;
    };
  }

  private void text(Element element, String text, boolean bpmn, List<String> problems) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (!bpmn) {
      if (FEEL_EXTERNAL_FUNCTION.matcher(text).find()) {
        problems.add(where(element, bpmn) + " roept een externe functie aan; een beslistabel rekent alleen met FEEL zelf.");
      }
      return;
    }
    if (text.contains("${") || text.contains("#{")) {
      sandbox.problems(text.trim()).forEach(problem -> problems.add(where(element, true) + ": " + problem));
    }
  }

  /**
   * What a designer finds in Modeler: in a BPMN model the flow element (task, event, gateway, flow) that
   * holds the problem, also when it sits in a timer or a condition; in a DMN table the nearest id.
   */
  private static String where(Element element, boolean bpmn) {
    Element named = null;
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (named == null && !e.getAttribute("id").isEmpty()) {
        named = e;
      }
      if (bpmn && e.getParentNode() instanceof Element parent && CONTAINERS.contains(parent.getLocalName())
          && !e.getAttribute("id").isEmpty()) {
        named = e;
        break;
      }
    }
    if (named == null) {
      return "Het model";
    }
    String id = named.getAttribute("id");
    String name = named.getAttribute("name");
    return "'" + (name.isEmpty() ? id : name) + "' (" + id + ")";
  }

  private static Element parse(byte[] content) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new DefaultHandler()); // a refusal says it; nothing on standard error
    return builder.parse(new ByteArrayInputStream(content)).getDocumentElement();
  }
}
