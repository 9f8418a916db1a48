package nl.werkpad.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Camunda's own description of its REST API ({@code openapi.json} at the root of
 * {@code org.camunda.bpm:camunda-engine-rest-openapi}), read with Jackson: every operation with its
 * parameters and request body, and the schemas behind them with their {@code $ref}s and
 * {@code allOf}s resolved on demand.
 */
final class RestApiSpec {

  private static final List<String> METHODS = List.of("get", "post", "put", "delete", "options", "patch", "head");

  enum In { PATH, QUERY }

  record Parameter(String name, In in, boolean required, Schema schema) {}

  /** A request body: one content type (JSON preferred), its schema and the spec's examples of it. */
  record Body(String contentType, Schema schema, List<JsonNode> examples, boolean required) {

    boolean multipart() {
      return contentType.startsWith("multipart/");
    }
  }

  record Operation(String method, String path, String operationId, List<Parameter> parameters, Body body) {

    List<Parameter> pathParameters() {
      return parameters.stream().filter(p -> p.in() == In.PATH).toList();
    }

    List<Parameter> queryParameters() {
      return parameters.stream().filter(p -> p.in() == In.QUERY).toList();
    }

    /** {@code GET /task/{id}}: how findings and the table name it. */
    String name() {
      return method + " " + path;
    }

    boolean reads() {
      return method.equals("GET") || method.equals("OPTIONS") || method.equals("HEAD");
    }
  }

  private final JsonNode root;
  private final List<Operation> operations;
  private final String version;

  private RestApiSpec(JsonNode root) {
    this.root = root;
    this.version = root.path("info").path("version").asText();
    List<Operation> all = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      List<JsonNode> shared = list(path.getValue().path("parameters"));
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation != null) {
          all.add(operation(method.toUpperCase(Locale.ROOT), path.getKey(), operation, shared));
        }
      }
    }
    this.operations = List.copyOf(all);
  }

  static RestApiSpec load() {
    try (InputStream in = RestApiSpec.class.getClassLoader().getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is not on the test classpath: is "
            + "org.camunda.bpm:camunda-engine-rest-openapi a test dependency?");
      }
      return new RestApiSpec(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException("Camunda's openapi.json cannot be read", e);
    }
  }

  List<Operation> operations() {
    return operations;
  }

  String version() {
    return version;
  }

  private Operation operation(String method, String path, JsonNode operation, List<JsonNode> shared) {
    List<Parameter> parameters = new ArrayList<>();
    List<JsonNode> declared = new ArrayList<>(shared);
    declared.addAll(list(operation.path("parameters")));
    for (JsonNode parameter : declared) {
      JsonNode p = resolve(parameter);
      String in = p.path("in").asText();
      if (in.equals("path") || in.equals("query")) {
        parameters.add(new Parameter(p.path("name").asText(), in.equals("path") ? In.PATH : In.QUERY,
            p.path("required").asBoolean(in.equals("path")), new Schema(this, p.path("schema"))));
      }
    }
    return new Operation(method, path, operation.path("operationId").asText(), List.copyOf(parameters),
        body(operation.get("requestBody")));
  }

  private Body body(JsonNode requestBody) {
    if (requestBody == null) {
      return null;
    }
    JsonNode body = resolve(requestBody);
    JsonNode content = body.path("content");
    String type = content.has("application/json") ? "application/json"
        : content.fieldNames().hasNext() ? content.fieldNames().next() : null;
    if (type == null) {
      return null;
    }
    JsonNode media = content.get(type);
    List<JsonNode> examples = new ArrayList<>();
    media.path("examples").forEach(example -> {
      JsonNode value = resolve(example).get("value");
      if (value != null) {
        examples.add(value);
      }
    });
    if (media.has("example")) {
      examples.add(media.get("example"));
    }
    return new Body(type, new Schema(this, media.path("schema")), List.copyOf(examples),
        body.path("required").asBoolean(false));
  }

  /** Follows {@code $ref}s ({@code #/components/...}) to the node they name. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current != null && current.has("$ref"); hops++) {
      if (hops > 20) {
        throw new IllegalStateException("$ref cycle at " + node);
      }
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("External $ref not supported: " + ref);
      }
      current = root.at(ref.substring(1));
    }
    return current;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }

  /** One schema of the spec, {@code $ref} and {@code allOf} resolved. An empty schema is "any value". */
  static final class Schema {

    private final RestApiSpec spec;
    private final JsonNode node;
    private final String refName;

    Schema(RestApiSpec spec, JsonNode node) {
      this.spec = spec;
      String ref = node.has("$ref") ? node.get("$ref").asText() : null;
      this.refName = ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
      this.node = spec.resolve(node);
    }

    /** The name of the component schema this was a reference to, if any (for recursion control). */
    String refName() {
      return refName;
    }

    /** string, integer, number, boolean, object, array; or null for "any value". */
    String type() {
      String own = node.path("type").asText(null);
      if (own != null) {
        return own.toLowerCase(Locale.ROOT);
      }
      for (Schema part : allOf()) {
        if (part.type() != null) {
          return part.type();
        }
      }
      return node.has("properties") ? "object" : null;
    }

    String format() {
      String own = node.path("format").asText(null);
      return own != null ? own : allOf().stream().map(Schema::format).filter(f -> f != null).findFirst().orElse(null);
    }

    List<JsonNode> enumValues() {
      List<JsonNode> values = new ArrayList<>();
      node.path("enum").forEach(values::add);
      return values;
    }

    boolean nullable() {
      return node.path("nullable").asBoolean(false);
    }

    Long minimum() {
      return node.has("minimum") ? node.get("minimum").asLong() : null;
    }

    Long maximum() {
      return node.has("maximum") ? node.get("maximum").asLong() : null;
    }

    Map<String, Schema> properties() {
      Map<String, Schema> properties = new LinkedHashMap<>();
      for (Schema part : allOf()) {
        properties.putAll(part.properties());
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        properties.put(property.getKey(), new Schema(spec, property.getValue()));
      }
      return properties;
    }

    Set<String> required() {
      Set<String> required = new LinkedHashSet<>();
      for (Schema part : allOf()) {
        required.addAll(part.required());
      }
      node.path("required").forEach(name -> required.add(name.asText()));
      return required;
    }

    Schema items() {
      return node.has("items") ? new Schema(spec, node.get("items")) : new Schema(spec, spec.emptyObject());
    }

    /** The schema of a map's values, or null when the object has fixed properties only. */
    Schema additionalProperties() {
      JsonNode additional = node.get("additionalProperties");
      if (additional == null || additional.isBoolean() && !additional.asBoolean()) {
        return null;
      }
      return new Schema(spec, additional.isObject() ? additional : spec.emptyObject());
    }

    private List<Schema> allOf() {
      List<Schema> parts = new ArrayList<>();
      node.path("allOf").forEach(part -> parts.add(new Schema(spec, part)));
      return parts;
    }
  }

  private JsonNode emptyObject() {
    return new ObjectMapper().createObjectNode();
  }
}
