package nl.werkpad.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.werkpad.security.RestApiAttackData.Journey;
import nl.werkpad.security.RestApiAttackData.Kind;
import nl.werkpad.security.RestApiAttackData.Ref;
import nl.werkpad.security.RestApiAttackGenerators.AttackRequest;
import nl.werkpad.security.RestApiAttackUsers.Role;
import nl.werkpad.security.RestApiAttackUsers.User;
import nl.werkpad.security.RestApiSpec.Operation;
import nl.werkpad.security.RestApiSpec.Parameter;

/**
 * Properties of the attack's generators, without the application: the attack is only as good as the
 * requests it sends. jqwik runs these next to Jupiter, from a fixed seed.
 */
class RestApiAttackGeneratorsTest {

  private static final RestApiSpec SPEC = RestApiSpec.load();
  private static final Journey GOUDA = new Journey("Gouda", "999993653", "gm0513", null, "KR-2026-000001",
      "11111111-1111-1111-1111-111111111111");
  private static final Journey CAPELLE = new Journey("Capelle", "999995571", "gm0502", "trajectbegeleiders-promen",
      "KR-2026-000002", "22222222-2222-2222-2222-222222222222");
  private static final User KM_GOUDA = new User("km-gouda", Role.KLANTMANAGER, "tasklist", Set.of("gm0513"),
      Set.of("klantmanagers", "klantmanagers-0513"));
  private static final RestApiAttackGenerators GENERATORS = new RestApiAttackGenerators(pool());

  @Property(tries = 300, seed = "20261204")
  void theSpecDescribesEveryOperationOnce(@ForAll @IntRange(min = 0, max = 10_000) int any) {
    assertThat(SPEC.operations()).hasSizeGreaterThan(350);
    assertThat(SPEC.operations().stream().map(Operation::name).distinct().count()).isEqualTo(SPEC.operations().size());
    Operation operation = SPEC.operations().get(any % SPEC.operations().size());
    assertThat(operation.pathParameters()).extracting(Parameter::name)
        .allSatisfy(name -> assertThat(operation.path()).contains("{" + name + "}"));
  }

  @Property(tries = 300, seed = "20261204")
  void theSameSeedGivesTheSameRequest(@ForAll @IntRange(min = 0, max = 10_000) int any, @ForAll long seed) {
    Operation operation = SPEC.operations().get(any % SPEC.operations().size());
    AttackRequest first = draw(operation, seed);
    AttackRequest again = draw(operation, seed);
    assertThat(again.target()).isEqualTo(first.target());
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.flavor()).isEqualTo(first.flavor());
  }

  @Property(tries = 500, seed = "20261204")
  void everyRequestIsAValidUriWithEveryPathParameterFilledIn(@ForAll @IntRange(min = 0, max = 10_000) int any,
      @ForAll long seed) {
    Operation operation = SPEC.operations().get(any % SPEC.operations().size());
    AttackRequest request = draw(operation, seed);
    assertThat(request.path()).doesNotContain("{").doesNotContain("}");
    assertThat(URI.create("http://localhost:8080/engine-rest" + request.target())).isNotNull();
    if (operation.body() != null && operation.body().contentType().equals("application/json")) {
      assertThat(request.contentType()).isEqualTo("application/json");
    }
  }

  @Property(tries = 500, seed = "20261204")
  void foreignPathValuesBelongToClientsTheUserMayNotKnow(@ForAll @IntRange(min = 0, max = 10_000) int any,
      @ForAll long seed) {
    Operation operation = SPEC.operations().get(any % SPEC.operations().size());
    for (Ref ref : draw(operation, seed).foreign()) {
      assertThat(KM_GOUDA.mayKnow(ref)).as("%s", ref).isFalse();
      assertThat(ref.journey()).isEqualTo(CAPELLE);
    }
  }

  @Property(tries = 500, seed = "20261204")
  void rightValuesHaveTheTypeTheirSchemaSays(@ForAll @IntRange(min = 0, max = 10_000) int any, @ForAll long seed) {
    List<Parameter> parameters = SPEC.operations().stream().flatMap(o -> o.queryParameters().stream()).toList();
    Parameter parameter = parameters.get(any % parameters.size());
    Object value = RestApiAttackGenerators.draw(GENERATORS.rightValue(parameter.schema(), 0), new Random(seed));
    String type = parameter.schema().type();
    if (!parameter.schema().enumValues().isEmpty()) {
      assertThat(parameter.schema().enumValues().stream().map(e -> e.asText()).toList()).contains(String.valueOf(value));
    } else if ("integer".equals(type)) {
      assertThat(value).isInstanceOf(Long.class);
    } else if ("boolean".equals(type)) {
      assertThat(value).isInstanceOf(Boolean.class);
    } else if ("string".equals(type) && "date-time".equals(parameter.schema().format())) {
      assertThat((String) value).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}");
    }
  }

  @Property(tries = 200, seed = "20261204")
  void theKindOfAPathParameterFollowsItsResource(@ForAll @IntRange(min = 0, max = 10_000) int any) {
    Operation operation = SPEC.operations().get(any % SPEC.operations().size());
    for (Parameter parameter : operation.pathParameters()) {
      Kind kind = RestApiAttackGenerators.kindOfPathParameter(operation.path(), parameter.name());
      if (operation.path().startsWith("/task/{id}") && parameter.name().equals("id")) {
        assertThat(kind).isEqualTo(Kind.TASK);
      }
      if (operation.path().matches("/(history/)?process-instance/\\{id}.*") && parameter.name().equals("id")) {
        assertThat(kind).isEqualTo(Kind.PROCESS_INSTANCE);
      }
    }
  }

  private static AttackRequest draw(Operation operation, long seed) {
    return RestApiAttackGenerators.draw(GENERATORS.requests(operation, KM_GOUDA, ref -> true), new Random(seed));
  }

  /** A small pool: Gouda's (the user's own), Capelle's (another tenant's) and a shared definition. */
  private static RestApiAttackGenerators.IdPool pool() {
    Map<Kind, List<Ref>> refs = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      List<Ref> list = new ArrayList<>();
      list.add(new Ref(GOUDA.processInstanceId().replace('1', kind.ordinal() % 2 == 0 ? 'a' : 'b'), kind, GOUDA, GOUDA.tenant()));
      list.add(new Ref(CAPELLE.processInstanceId().replace('2', kind.ordinal() % 2 == 0 ? 'c' : 'd'), kind, CAPELLE,
          CAPELLE.tenant()));
      list.add(new Ref("gedeeld-" + kind.name().toLowerCase(), kind, null, null));
      refs.put(kind, list);
    }
    return kind -> refs.get(kind);
  }
}
