package nl.werkpad.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import nl.werkpad.security.RestApiAttackData.Kind;
import nl.werkpad.security.RestApiAttackData.Ref;
import nl.werkpad.security.RestApiAttackUsers.User;
import nl.werkpad.security.RestApiSpec.Operation;
import nl.werkpad.security.RestApiSpec.Parameter;
import nl.werkpad.security.RestApiSpec.Schema;

/**
 * jqwik arbitraries for requests to one operation of the spec, as one user: path parameters drawn from
 * the set-up's real ids (the user's own, other tenants', shared ones) and from random and malformed
 * strings; query parameters and JSON (or multipart) bodies generated from the operation's schemas in
 * one of several flavors: right types, wrong types, required fields missing, oversized values, special
 * characters, or a body that is no JSON at all.
 *
 * <p>Values are drawn from the arbitraries with a {@link Random} the caller seeds, so the same seed
 * gives the same requests ({@link #draw}), inside a {@link JqwikSession} when not in a property.
 */
final class RestApiAttackGenerators {

  /** What kind of input a request carries. Each request has one; it applies to a share of its fields. */
  enum Flavor { VALID, WRONG_TYPES, MISSING_REQUIRED, OVERSIZED, SPECIAL_CHARACTERS, MALFORMED_BODY }

  /** Where the ids come from: the set-up in the test, a small fixed pool in the generators' own properties. */
  interface IdPool {
    List<Ref> refs(Kind kind);
  }

  /**
   * One generated request. {@code path} is the operation's path with its parameters filled in and
   * encoded, without the prefix of a path variant; {@code foreign} lists the path parameters that are
   * real objects the user may not know of.
   */
  record AttackRequest(Operation operation, Flavor flavor, String path, String query, String contentType, byte[] body,
      List<Ref> foreign, List<String> pathValues) {

    String target() {
      return query.isEmpty() ? path : path + "?" + query;
    }

    /** The same request with one value replaced everywhere (for the twin with a nonexistent id). */
    AttackRequest replacing(String value, String replacement) {
      byte[] replaced = body == null ? null
          : new String(body, StandardCharsets.UTF_8).replace(value, replacement).getBytes(StandardCharsets.UTF_8);
      return new AttackRequest(operation, flavor, replace(path, value, replacement), replace(query, value, replacement),
          contentType, replaced, List.of(), pathValues.stream().map(v -> v.replace(value, replacement)).toList());
    }

    private static String replace(String text, String value, String replacement) {
      return text.replace(encode(value), encode(replacement)).replace(value, replacement);
    }

    /** Everything the request says, to tell a value the answer echoes from one it reveals. */
    String text() {
      String decoded = java.net.URLDecoder.decode(target(), StandardCharsets.UTF_8);
      return target() + " " + decoded + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    String bodyPreview(int max) {
      if (body == null) {
        return "";
      }
      String text = new String(body, StandardCharsets.UTF_8);
      return text.length() <= max ? text : text.substring(0, max) + "...(" + text.length() + " chars)";
    }
  }

  static final int GEN_SIZE = 100;
  private static final String BOUNDARY = "----werkpad-aanval-7MA4YWxkTrZu0gW";
  private static final List<String> SPECIALS = List.of("' OR '1'='1", "\"; DROP TABLE ACT_RU_TASK; --", "%",
      "%00", "\u0000", "..", "../../../etc/passwd", "${execution.getProcessEngineServices()}",
      "#{''.getClass().forName('java.lang.Runtime')}", "${1+1}", "<script>alert(1)</script>", "<?xml version=\"1.0\"?>",
      "{{7*7}}", "%s%n%x", "\\", "/", "*", "_", ";", ",", "null", "undefined", "NaN", "-1", "1e999", " ", "\t\r\n",
      "\u202Eevil", "💣🧨", "ä ö ü ß é", "\uFFFF", "OR 1=1", "__proto__", "$where", "2026-13-45T25:61:00",
      "KR-2026-000001", "999999999", "gm0513,gm0502", "camunda-admin");
  private static final List<String> VARIABLE_TYPES = List.of("String", "Integer", "Long", "Short", "Double",
      "Boolean", "Date", "Json", "Xml", "Object", "File", "Bytes", "Null", "Onbekend", "string", "");
  private static final List<String> VARIABLE_OPERATORS = List.of("eq", "neq", "gt", "gteq", "lt", "lteq", "like",
      "notLike", "xx");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdPool pool;

  RestApiAttackGenerators(IdPool pool) {
    this.pool = pool;
  }

  /**
   * One value of the arbitrary, from this random. Inside a property jqwik provides what its generators
   * need; elsewhere the caller runs a {@link JqwikSession}, whose memory of this draw is then let go.
   * ({@link Arbitrary#generator(int)} is jqwik's own way to draw from a given random; its API status is
   * internal, so a jqwik upgrade may need this one line changed.)
   */
  static <T> T draw(Arbitrary<T> arbitrary, Random random) {
    try {
      return arbitrary.generator(GEN_SIZE).next(random).value();
    } finally {
      if (JqwikSession.isActive()) {
        JqwikSession.finishTry();
      }
    }
  }

  /**
   * Requests to the operation as the user. {@code allowed}: a path value the policy forbids for this
   * user (their own user id, where that would let them delete themselves) is replaced by a name nobody has.
   */
  Arbitrary<AttackRequest> requests(Operation operation, User user, Predicate<Ref> allowed) {
    Arbitrary<Flavor> flavors = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(Flavor.VALID)), Tuple.of(2, Arbitraries.just(Flavor.WRONG_TYPES)),
        Tuple.of(1, Arbitraries.just(Flavor.MISSING_REQUIRED)), Tuple.of(1, Arbitraries.just(Flavor.OVERSIZED)),
        Tuple.of(2, Arbitraries.just(Flavor.SPECIAL_CHARACTERS)),
        Tuple.of(operation.body() != null ? 1 : 0, Arbitraries.just(Flavor.MALFORMED_BODY)));
    return flavors.flatMap(flavor -> Combinators.combine(
            pathValues(operation, user, flavor, allowed), query(operation, user, flavor), body(operation, user, flavor))
        .as((path, query, body) -> request(operation, flavor, path, query, body)));
  }

  private AttackRequest request(Operation operation, Flavor flavor, List<Drawn> path, String query, Body body) {
    String filled = operation.path();
    List<Ref> foreign = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<Parameter> parameters = operation.pathParameters();
    for (int i = 0; i < parameters.size(); i++) {
      Drawn drawn = path.get(i);
      filled = filled.replace("{" + parameters.get(i).name() + "}", encode(drawn.value()));
      values.add(drawn.value());
      if (drawn.foreign()) {
        foreign.add(drawn.ref());
      }
    }
    return new AttackRequest(operation, flavor, filled, query, body == null ? null : body.contentType(),
        body == null ? null : body.bytes(), List.copyOf(foreign), List.copyOf(values));
  }

  // --- path parameters

  /** A path value, and the real object it names if it was drawn from the set-up. */
  record Drawn(String value, Ref ref, boolean foreign) {}

  private Arbitrary<List<Drawn>> pathValues(Operation operation, User user, Flavor flavor, Predicate<Ref> allowed) {
    List<Arbitrary<Drawn>> values = new ArrayList<>();
    for (Parameter parameter : operation.pathParameters()) {
      Kind kind = kindOfPathParameter(operation.path(), parameter.name());
      values.add(pathValue(kind, user, flavor).map(d -> d.ref() == null || allowed.test(d.ref()) ? d
          : new Drawn("niemand-" + Math.abs(d.value().hashCode()), null, false)));
    }
    return values.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(values).as(List::copyOf);
  }

  Arbitrary<Drawn> pathValue(Kind kind, User user, Flavor flavor) {
    List<Ref> refs = pool.refs(kind);
    List<Ref> own = refs.stream().filter(r -> r.tenantOwned() && user.mayKnow(r)).toList();
    List<Ref> foreign = refs.stream().filter(r -> !user.mayKnow(r)).toList();
    List<Ref> shared = refs.stream().filter(r -> !r.tenantOwned()).toList();
    boolean valid = flavor == Flavor.VALID;
    return Arbitraries.frequencyOf(
        Tuple.of(own.isEmpty() ? 0 : 3, refOf(own, false)),
        Tuple.of(foreign.isEmpty() ? 0 : 4, refOf(foreign, true)),
        Tuple.of(shared.isEmpty() ? 0 : 2, refOf(shared, false)),
        Tuple.of(1, uuids().map(id -> new Drawn(id, null, false))),
        Tuple.of(refs.isEmpty() ? 2 : 0, names().map(n -> new Drawn(n, null, false))),
        Tuple.of(valid ? 0 : 2, malformed().map(m -> new Drawn(m, null, false))));
  }

  private static Arbitrary<Drawn> refOf(List<Ref> refs, boolean foreign) {
    return refs.isEmpty() ? Arbitraries.just(new Drawn("leeg", null, false))
        : Arbitraries.of(refs).map(r -> new Drawn(r.value(), r, foreign));
  }

  /** The kind of a path parameter, from its name and the resource before it ({@code /task/{id}}). */
  static Kind kindOfPathParameter(String path, String name) {
    switch (name) {
      case "key":
        return Kind.DEFINITION_KEY;
      case "tenant-id":
        return Kind.TENANT;
      case "varName":
        return Kind.VARIABLE_NAME;
      case "userId":
        return Kind.USER;
      case "groupId":
        return Kind.GROUP;
      case "commentId":
        return Kind.COMMENT;
      case "attachmentId":
        return Kind.ATTACHMENT;
      case "resourceId":
        return Kind.RESOURCE;
      case "messageName":
        return Kind.MESSAGE_NAME;
      case "metrics-name":
        return Kind.METRIC;
      default:
        break;
    }
    String[] segments = path.split("/");
    int at = List.of(segments).indexOf("{" + name + "}");
    String resource = at > 0 ? segments[at - 1] : "";
    return switch (resource) {
      case "task" -> Kind.TASK;
      case "process-instance" -> Kind.PROCESS_INSTANCE;
      case "execution" -> Kind.EXECUTION;
      case "variable-instance" -> Kind.VARIABLE_INSTANCE;
      case "job" -> Kind.JOB;
      case "job-definition" -> Kind.JOB_DEFINITION;
      case "incident" -> Kind.INCIDENT;
      case "activity-instance" -> Kind.ACTIVITY_INSTANCE;
      case "detail" -> Kind.HISTORIC_DETAIL;
      case "job-log" -> Kind.JOB_LOG;
      case "decision-instance" -> Kind.DECISION_INSTANCE;
      case "deployment" -> Kind.DEPLOYMENT;
      case "process-definition" -> Kind.PROCESS_DEFINITION;
      case "decision-definition" -> Kind.DECISION_DEFINITION;
      case "decision-requirements-definition" -> Kind.DECISION_REQUIREMENTS_DEFINITION;
      case "user" -> Kind.USER;
      case "group" -> Kind.GROUP;
      case "tenant" -> Kind.TENANT;
      case "filter" -> Kind.FILTER;
      case "authorization" -> Kind.AUTHORIZATION;
      case "batch" -> Kind.BATCH;
      default -> Kind.OTHER;
    };
  }

  /** The kind of a query parameter or body property, from its name ({@code processInstanceIdIn}). */
  static Kind kindOfName(String name) {
    String base = name.replaceAll("(In|Like|s|List)$", "");
    return switch (base) {
      case "processInstanceId", "processInstanceIds", "rootProcessInstanceId", "superProcessInstance",
          "subProcessInstance", "superProcessInstanceId", "subProcessInstanceId" -> Kind.PROCESS_INSTANCE;
      case "taskId", "parentTaskId" -> Kind.TASK;
      case "executionId" -> Kind.EXECUTION;
      case "jobId" -> Kind.JOB;
      case "jobDefinitionId" -> Kind.JOB_DEFINITION;
      case "incidentId" -> Kind.INCIDENT;
      case "processDefinitionId", "decisionRequirementsDefinitionId" -> Kind.PROCESS_DEFINITION;
      case "processDefinitionKey", "decisionDefinitionKey", "key" -> Kind.DEFINITION_KEY;
      case "deploymentId" -> Kind.DEPLOYMENT;
      case "decisionDefinitionId" -> Kind.DECISION_DEFINITION;
      case "decisionInstanceId" -> Kind.DECISION_INSTANCE;
      case "businessKey", "processInstanceBusinessKey" -> Kind.BUSINESS_KEY;
      case "tenantId" -> Kind.TENANT;
      case "userId", "assignee", "owner", "candidateUser", "involvedUser", "startedBy", "taskAssignee", "taskOwner",
          "member", "username", "taskInvolvedUser" -> Kind.USER;
      case "groupId", "candidateGroup", "memberOfGroup", "taskHadCandidateGroup", "taskInvolvedGroup" -> Kind.GROUP;
      case "variableName", "varName" -> Kind.VARIABLE_NAME;
      case "activityId", "taskDefinitionKey", "startActivityId", "ancestorActivityId" -> Kind.ACTIVITY_ID;
      case "messageName" -> Kind.MESSAGE_NAME;
      case "batchId" -> Kind.BATCH;
      case "bsn" -> Kind.BSN;
      default -> null;
    };
  }

  // --- query parameters

  private Arbitrary<String> query(Operation operation, User user, Flavor flavor) {
    List<Arbitrary<Optional<String>>> parameters = new ArrayList<>();
    for (Parameter parameter : operation.queryParameters()) {
      int present = parameter.required() ? (flavor == Flavor.MISSING_REQUIRED ? 30 : 100)
          : flavor == Flavor.VALID ? 25 : 40;
      Arbitrary<Optional<String>> value = queryValue(parameter, user, flavor)
          .map(v -> Optional.of(encode(parameter.name()) + "=" + encode(v)));
      parameters.add(Arbitraries.frequencyOf(Tuple.of(present, value),
          Tuple.of(100 - present, Arbitraries.just(Optional.<String>empty()))));
    }
    if (parameters.isEmpty()) {
      return Arbitraries.just("");
    }
    return Combinators.combine(parameters).as(values -> values.stream().flatMap(Optional::stream)
        .collect(Collectors.joining("&")));
  }

  private Arbitrary<String> queryValue(Parameter parameter, User user, Flavor flavor) {
    String name = parameter.name();
    if (flavor == Flavor.VALID || flavor == Flavor.MISSING_REQUIRED) {
      if (name.toLowerCase(Locale.ROOT).endsWith("variables") && "string".equals(parameter.schema().type())) {
        return variableFilter();
      }
      Kind kind = kindOfName(name);
      if (kind != null && !pool.refs(kind).isEmpty()) {
        Arbitrary<String> one = pathValue(kind, user, Flavor.VALID).map(Drawn::value);
        return name.endsWith("In") || name.endsWith("s")
            ? one.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(",", l)) : one;
      }
    }
    return value(parameter.schema(), flavor, 2).map(RestApiAttackGenerators::asQueryText);
  }

  /** {@code bsn_eq_999993653}: Camunda's variable filters, with the set-up's BSNs and business keys. */
  private Arbitrary<String> variableFilter() {
    Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("bsn", "woongemeente", "klantreisnummer"), known(Kind.VARIABLE_NAME));
    Arbitrary<String> values = Arbitraries.oneOf(known(Kind.BSN), known(Kind.BUSINESS_KEY), Arbitraries.of("%", "0513", "_"));
    return Combinators.combine(names, Arbitraries.of(VARIABLE_OPERATORS), values).as((n, o, v) -> n + "_" + o + "_" + v);
  }

  private Arbitrary<String> known(Kind kind) {
    List<Ref> refs = pool.refs(kind);
    return refs.isEmpty() ? names() : Arbitraries.of(refs).map(Ref::value);
  }

  private static String asQueryText(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      try {
        return value instanceof List<?> list && list.stream().allMatch(v -> !(v instanceof Map<?, ?>))
            ? list.stream().map(String::valueOf).collect(Collectors.joining(",")) : JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.valueOf(value);
  }

  // --- bodies

  /** A body as sent: its content type and bytes. */
  record Body(String contentType, byte[] bytes) {}

  private Arbitrary<Body> body(Operation operation, User user, Flavor flavor) {
    RestApiSpec.Body spec = operation.body();
    if (spec == null) {
      return Arbitraries.just(null);
    }
    if (spec.multipart()) {
      return multipart(spec.schema(), flavor);
    }
    if (flavor == Flavor.MALFORMED_BODY) {
      return malformedJson().map(text -> new Body("application/json", text.getBytes(StandardCharsets.UTF_8)));
    }
    Arbitrary<Object> fromSchema = bodyValue(spec.schema(), user, flavor, 0);
    Arbitrary<Object> value = spec.examples().isEmpty() || flavor != Flavor.VALID ? fromSchema
        : Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(spec.examples()).flatMap(e -> example(e, user))),
            Tuple.of(3, fromSchema));
    if (operation.path().equals("/external-task/fetchAndLock")) {
      // Long polling would hold the request for up to 30 minutes: at most half a second.
      value = value.map(v -> {
        if (v instanceof Map<?, ?> map && map.containsKey("asyncResponseTimeout")) {
          @SuppressWarnings("unchecked") Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
          copy.put("asyncResponseTimeout", 500);
          return copy;
        }
        return v;
      });
    }
    return value.map(v -> new Body("application/json", json(v)));
  }

  /** A spec example with the ids and names it holds replaced by the set-up's own, of their kind. */
  private Arbitrary<Object> example(JsonNode example, User user) {
    Object plain = JSON.convertValue(example, Object.class);
    return substitute(plain, null, user);
  }

  @SuppressWarnings("unchecked")
  private Arbitrary<Object> substitute(Object value, String name, User user) {
    if (value instanceof Map<?, ?> map) {
      List<Arbitrary<Map.Entry<String, Object>>> entries = new ArrayList<>();
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
        entries.add(substitute(entry.getValue(), entry.getKey(), user).map(v -> Map.entry(entry.getKey(), v == null ? NULL : v)));
      }
      return entries.isEmpty() ? Arbitraries.just(new LinkedHashMap<>())
          : Combinators.combine(entries).as(RestApiAttackGenerators::toMap);
    }
    if (value instanceof List<?> list) {
      List<Arbitrary<Object>> items = list.stream().map(v -> substitute(v, name, user)).toList();
      return items.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(items).as(l -> (Object) l);
    }
    Kind kind = name == null ? null : kindOfName(name);
    if (value instanceof String && kind != null && !pool.refs(kind).isEmpty()) {
      return pathValue(kind, user, Flavor.VALID).map(d -> (Object) d.value());
    }
    return Arbitraries.just(value);
  }

  private static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** A JSON object of keys and values, in order; values may be null. */
  private static Object obj(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static Map<String, Object> toMap(List<Map.Entry<String, Object>> entries) {
    Map<String, Object> map = new LinkedHashMap<>();
    entries.forEach(e -> map.put(e.getKey(), e.getValue() == NULL ? null : e.getValue()));
    return map;
  }

  /** A JSON value for a body: the schema's, with the ids of the set-up where a property names one. */
  private Arbitrary<Object> bodyValue(Schema schema, User user, Flavor flavor, int depth) {
    if ("VariableValueDto".equals(schema.refName())) {
      return variableValue(flavor);
    }
    if ("VariableQueryParameterDto".equals(schema.refName())) {
      return Combinators.combine(known(Kind.VARIABLE_NAME), Arbitraries.of(VARIABLE_OPERATORS),
          Arbitraries.oneOf(known(Kind.BSN), known(Kind.BUSINESS_KEY), names()))
          .as((n, o, v) -> obj("name", n, "operator", o, "value", v));
    }
    String type = schema.type();
    if ("object".equals(type) && depth < 4) {
      Map<String, Schema> properties = schema.properties();
      Schema additional = schema.additionalProperties();
      if (properties.isEmpty() && additional != null) {
        Arbitrary<String> keys = Arbitraries.oneOf(known(Kind.VARIABLE_NAME), names(),
            flavor == Flavor.SPECIAL_CHARACTERS ? Arbitraries.of(SPECIALS) : names());
        return Combinators.combine(keys, bodyValue(additional, user, flavor, depth + 1))
            .as((k, v) -> Map.entry(k, v == null ? NULL : v)).list().ofMaxSize(3).map(RestApiAttackGenerators::toMap);
      }
      List<Arbitrary<Optional<Map.Entry<String, Object>>>> entries = new ArrayList<>();
      for (Map.Entry<String, Schema> property : properties.entrySet()) {
        boolean required = schema.required().contains(property.getKey());
        int present = required ? (flavor == Flavor.MISSING_REQUIRED ? 30 : 100) : depth == 0 ? 35 : 15;
        Arbitrary<Optional<Map.Entry<String, Object>>> entry = propertyValue(property.getKey(), property.getValue(),
            user, flavor, depth).map(v -> Optional.of(Map.entry(property.getKey(), v == null ? NULL : v)));
        entries.add(Arbitraries.frequencyOf(Tuple.of(present, entry),
            Tuple.of(100 - present, Arbitraries.just(Optional.<Map.Entry<String, Object>>empty()))));
      }
      if (entries.isEmpty()) {
        return Arbitraries.just(new LinkedHashMap<>());
      }
      return Combinators.combine(entries).as(list -> (Object) toMap(list.stream().flatMap(Optional::stream).toList()));
    }
    if ("array".equals(type) && depth < 4) {
      int max = flavor == Flavor.OVERSIZED ? 300 : 3;
      return bodyValue(schema.items(), user, flavor, depth + 1).list().ofMaxSize(max).map(l -> (Object) l);
    }
    return value(schema, flavor, depth);
  }

  private Arbitrary<Object> propertyValue(String name, Schema schema, User user, Flavor flavor, int depth) {
    Kind kind = kindOfName(name);
    if (kind != null && !pool.refs(kind).isEmpty() && (flavor == Flavor.VALID || flavor == Flavor.MISSING_REQUIRED)) {
      Arbitrary<Object> one = pathValue(kind, user, Flavor.VALID).map(d -> (Object) d.value());
      return "array".equals(schema.type()) ? one.list().ofMinSize(1).ofMaxSize(3).map(l -> (Object) l) : one;
    }
    return bodyValue(schema, user, flavor, depth + 1);
  }

  /** A variable as the REST API takes it: {@code {"value": ..., "type": ..., "valueInfo": ...}}. */
  private Arbitrary<Object> variableValue(Flavor flavor) {
    Arbitrary<Object> values = Arbitraries.oneOf(scalar(), Arbitraries.of(SPECIALS).map(s -> (Object) s),
        known(Kind.BSN).map(s -> (Object) s), Arbitraries.just(null));
    Arbitrary<String> types = flavor == Flavor.VALID ? Arbitraries.of("String", "Integer", "Boolean", "Long", "Double")
        : Arbitraries.of(VARIABLE_TYPES);
    Arbitrary<Object> hostile = Arbitraries.of(
        obj("value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "type", "Object", "valueInfo",
            obj("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/x-java-serialized-object")),
        obj("value", "{\"a\":", "type", "Json"),
        obj("value", "<a><b></a>", "type", "Xml"),
        obj("value", "bm90IGJhc2U2NA==", "type", "File", "valueInfo", obj("filename", "../../x.txt", "mimetype", "text/plain")),
        obj("value", "morgen", "type", "Date"),
        obj("value", "x", "type", "String", "valueInfo", obj("transient", "ja")));
    Arbitrary<Object> plain = Combinators.combine(values, types).as((v, t) -> obj("value", v, "type", t));
    Arbitrary<Object> untyped = values.map(v -> obj("value", v));
    return flavor == Flavor.VALID ? Arbitraries.oneOf(plain, untyped) : Arbitraries.oneOf(plain, untyped, hostile,
        Arbitraries.of("geen object", 42, List.of(1, 2)).map(v -> (Object) v));
  }

  private Arbitrary<Body> multipart(Schema schema, Flavor flavor) {
    List<Arbitrary<Optional<String>>> parts = new ArrayList<>();
    for (Map.Entry<String, Schema> property : schema.properties().entrySet()) {
      String name = property.getKey();
      Schema field = property.getValue();
      Arbitrary<String> part = "binary".equals(field.format())
          ? Combinators.combine(Arbitraries.of("data", "aanval.bpmn", "aanval.dmn", "aanval.form", "../../aanval.bpmn",
                  "aanval.txt", "aanval.cmmn"), fileContent(flavor))
              .as((file, content) -> "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content)
          : value(field, flavor, 1).map(v -> "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + v);
      int present = schema.required().contains(name) ? 90 : 50;
      parts.add(Arbitraries.frequencyOf(Tuple.of(present, part.map(Optional::of)),
          Tuple.of(100 - present, Arbitraries.just(Optional.<String>empty()))));
    }
    Arbitrary<List<Optional<String>>> all = parts.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(parts).as(l -> l);
    return all.map(list -> {
      StringBuilder body = new StringBuilder();
      list.stream().flatMap(Optional::stream).forEach(p -> body.append("--").append(BOUNDARY).append("\r\n").append(p).append("\r\n"));
      body.append("--").append(BOUNDARY).append("--\r\n");
      String type = flavor == Flavor.MALFORMED_BODY ? "multipart/form-data" : "multipart/form-data; boundary=" + BOUNDARY;
      return new Body(type, body.toString().getBytes(StandardCharsets.UTF_8));
    });
  }

  private static Arbitrary<String> fileContent(Flavor flavor) {
    return Arbitraries.oneOf(
        Arbitraries.of("", "<definitions/>", "<?xml version=\"1.0\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"Aanval\" isExecutable=\"true\"/></bpmn:definitions>",
            "{\"components\": 1}", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
        Arbitraries.strings().ofMaxLength(flavor == Flavor.OVERSIZED ? 20000 : 200));
  }

  // --- plain values

  /** A value for a schema, in the request's flavor (applied to about a third of the fields). */
  Arbitrary<Object> value(Schema schema, Flavor flavor, int depth) {
    Arbitrary<Object> right = rightValue(schema, depth);
    Arbitrary<Object> odd = switch (flavor) {
      case VALID, MISSING_REQUIRED, MALFORMED_BODY -> right;
      case WRONG_TYPES -> wrongType(schema);
      case OVERSIZED -> oversized(schema);
      case SPECIAL_CHARACTERS -> Arbitraries.of(SPECIALS).map(s -> (Object) s);
    };
    return odd == right ? right : Arbitraries.frequencyOf(Tuple.of(2, right), Tuple.of(1, odd));
  }

  Arbitrary<Object> rightValue(Schema schema, int depth) {
    List<JsonNode> enums = schema.enumValues();
    if (!enums.isEmpty()) {
      return Arbitraries.of(enums).map(e -> JSON.convertValue(e, Object.class));
    }
    String type = schema.type();
    if (type == null) {
      return scalar();
    }
    return switch (type) {
      case "integer" -> {
        long min = schema.minimum() != null ? schema.minimum() : 0;
        long max = schema.maximum() != null ? schema.maximum() : Math.max(min + 50, 50);
        yield Arbitraries.longs().between(min, max).map(v -> (Object) v);
      }
      case "number" -> Arbitraries.doubles().between(-1000, 1000).map(v -> (Object) v);
      case "boolean" -> Arbitraries.of(true, false).map(v -> (Object) v);
      case "array" -> depth > 4 ? Arbitraries.just(List.of())
          : rightValue(schema.items(), depth + 1).list().ofMaxSize(3).map(l -> (Object) l);
      case "object" -> Arbitraries.just(new LinkedHashMap<>());
      default -> string(schema);
    };
  }

  private static Arbitrary<Object> string(Schema schema) {
    if ("date-time".equals(schema.format()) || "date".equals(schema.format())) {
      return Arbitraries.longs().between(0, 4_102_444_800_000L).map(ms -> (Object) new java.text.SimpleDateFormat(
          "yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(new java.util.Date(ms)));
    }
    if ("binary".equals(schema.format())) {
      return Arbitraries.strings().ofMaxLength(50).map(s -> (Object) s);
    }
    return names().map(s -> (Object) s);
  }

  private static Arbitrary<Object> wrongType(Schema schema) {
    String type = schema.type() == null ? "string" : schema.type();
    return switch (type) {
      case "integer", "number" -> Arbitraries.of("twaalf", "1.5", "0x10", "", "true", "1,2").map(v -> (Object) v);
      case "boolean" -> Arbitraries.of("ja", "1", "TRUE ", "", "null", 2).map(v -> (Object) v);
      case "array" -> Arbitraries.of("geen lijst", 7, Map.of("a", 1)).map(v -> (Object) v);
      case "object" -> Arbitraries.of("geen object", 7, List.of("a"), true).map(v -> (Object) v);
      default -> Arbitraries.of(7, 3.14, true, List.of("a", "b"), Map.of("a", "b")).map(v -> (Object) v);
    };
  }

  private static Arbitrary<Object> oversized(Schema schema) {
    String type = schema.type() == null ? "string" : schema.type();
    return switch (type) {
      case "integer", "number" -> Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, -1,
          new java.math.BigInteger("99999999999999999999999999"), 1e308).map(v -> (Object) v);
      case "array" -> Arbitraries.just(java.util.Collections.nCopies(2000, "x")).map(v -> (Object) v);
      default -> Arbitraries.integers().between(1_000, 12_000).map(n -> (Object) "A".repeat(n));
    };
  }

  private static Arbitrary<Object> scalar() {
    return Arbitraries.oneOf(names().map(v -> (Object) v), Arbitraries.integers().between(-5, 100).map(v -> (Object) v),
        Arbitraries.of(true, false).map(v -> (Object) v));
  }

  static Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).map(s -> "aanval" + s);
  }

  static Arbitrary<String> uuids() {
    return Arbitraries.longs().tuple2().map(t -> new java.util.UUID(t.get1(), t.get2()).toString());
  }

  /** Path values no object has or can have: specials, very long, empty-ish. */
  static Arbitrary<String> malformed() {
    return Arbitraries.oneOf(Arbitraries.of(SPECIALS),
        Arbitraries.integers().between(300, 3000).map("x"::repeat),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
  }

  private static Arbitrary<String> malformedJson() {
    return Arbitraries.of("", "{", "[", "null", "\"tekst\"", "{\"a\":", "<xml/>", "{\"variables\": 5}",
        "{\"variables\": {\"x\": {\"value\": 1, \"type\": \"Onbekend\"}}}", "[".repeat(5000) + "]".repeat(5000),
        "{\"a\":1,\"a\":2}", "\uFEFF{}", "{\"businessKey\": {\"$ne\": null}}", "1e99999");
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
