package nl.werkpad.zaak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.werkpad.zaak.CaseRegistry.ZaakStatus;
import nl.werkpad.zaak.ZakenProperties.Mode;
import nl.werkpad.zaak.ZakenProperties.Municipality;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

/**
 * Which register {@code werkpad.zaken.mode} selects, and the documented configuration (README,
 * application.yml) binding as described.
 */
class CaseRegistryConfigurationTest {

  /** The block of the README: defaults, and an example municipality. */
  static final String DOCUMENTED = """
      werkpad:
        zaken:
          # embedded (default): Werkpad's own zaak register, in its own database.
          # zgw: the municipality's zaaksysteem over the ZGW Zaken API 1.5 (e.g. Open Zaak).
          mode: embedded
          # --- the settings below are used in mode zgw only ---
          # Root of the Zaken API, e.g. https://zaken.example.nl/zaken/api/v1
          base-url: ""
          connect-timeout: 2s
          read-timeout: 10s
          # Every request carries a JWT (HS256, signed with the secret): iss and client_id = client-id.
          # Keep the secret out of files: WERKPAD_ZAKEN_SECRET.
          client-id: ""
          secret: ""
          # JWT claims user_id and user_representation: the actor in the zaaksysteem's audit trail.
          user-id: werkpad
          user-representation: Werkpad
          # Per municipality, by CBS code (quoted): its RSIN and the URLs of its catalogue (Catalogi API).
          municipalities:
            "0513":
              rsin: "001005650"
              zaaktype: https://catalogi.example.nl/catalogi/api/v1/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1
              roltype: https://catalogi.example.nl/catalogi/api/v1/roltypen/5d6d3a8a-6b4e-4b7a-9f53-3a0c1b5e7a11
              roltoelichting: Cliënt
              statustypen:
                AANGEMELD: https://catalogi.example.nl/catalogi/api/v1/statustypen/aaaaaaaa-0000-4000-8000-000000000001
                INTAKE_AFGEROND: https://catalogi.example.nl/catalogi/api/v1/statustypen/aaaaaaaa-0000-4000-8000-000000000002
                VERWEZEN: https://catalogi.example.nl/catalogi/api/v1/statustypen/aaaaaaaa-0000-4000-8000-000000000003
                TRAJECT_GESTART: https://catalogi.example.nl/catalogi/api/v1/statustypen/aaaaaaaa-0000-4000-8000-000000000004
                # The eindstatus of the zaaktype: setting it closes the zaak.
                AFGEROND: https://catalogi.example.nl/catalogi/api/v1/statustypen/aaaaaaaa-0000-4000-8000-000000000005
              # By the uitkomst a journey closes with; any other uitkomst gets the default.
              resultaattypen:
                WERK_REGULIER: https://catalogi.example.nl/catalogi/api/v1/resultaattypen/bbbbbbbb-0000-4000-8000-000000000001
                WERK_LOONKOSTENSUBSIDIE: https://catalogi.example.nl/catalogi/api/v1/resultaattypen/bbbbbbbb-0000-4000-8000-000000000001
                WERK_DETACHERING: https://catalogi.example.nl/catalogi/api/v1/resultaattypen/bbbbbbbb-0000-4000-8000-000000000001
                BESCHUT_WERK: https://catalogi.example.nl/catalogi/api/v1/resultaattypen/bbbbbbbb-0000-4000-8000-000000000002
                GESTOPT: https://catalogi.example.nl/catalogi/api/v1/resultaattypen/bbbbbbbb-0000-4000-8000-000000000003
              default-resultaattype: https://catalogi.example.nl/catalogi/api/v1/resultaattypen/bbbbbbbb-0000-4000-8000-000000000099
      """;

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(ZakenProperties.class)
  @Import({EmbeddedCaseRegistry.class, ZgwCaseRegistry.class})
  static class Registers {}

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(Registers.class)
      .withBean(Clock.class, Clock::systemUTC)
      .withBean(EmbeddedZaakRepository.class, () -> mock(EmbeddedZaakRepository.class));

  @Test
  void withoutConfigurationTheEmbeddedRegisterWithDefaults() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(CaseRegistry.class).hasSingleBean(EmbeddedCaseRegistry.class);
      ZakenProperties properties = context.getBean(ZakenProperties.class);
      assertThat(properties.mode()).isEqualTo(Mode.EMBEDDED);
      assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
      assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(10));
      assertThat(properties.clientId()).isEmpty();
      assertThat(properties.secret()).isEmpty();
      assertThat(properties.userId()).isEqualTo("werkpad");
      assertThat(properties.userRepresentation()).isEqualTo("Werkpad");
      assertThat(properties.municipalities()).isEmpty();
    });
  }

  @Test
  void theDocumentedBlockBindsAndSelectsTheEmbeddedRegister() {
    runner.withInitializer(context -> documented().forEach(context.getEnvironment().getPropertySources()::addLast))
        .run(context -> {
          assertThat(context).hasSingleBean(EmbeddedCaseRegistry.class).doesNotHaveBean(ZgwCaseRegistry.class);
          ZakenProperties properties = context.getBean(ZakenProperties.class);
          assertThat(properties.mode()).isEqualTo(Mode.EMBEDDED);
          assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(10));
          assertThat(properties.municipalities()).containsOnlyKeys("0513");
          Municipality gouda = properties.municipalities().get("0513");
          assertThat(gouda.rsin()).isEqualTo("001005650");
          assertThat(gouda.zaaktype()).endsWith("/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1");
          assertThat(gouda.roltoelichting()).isEqualTo("Cliënt");
          assertThat(gouda.statustypen()).containsOnlyKeys(ZaakStatus.values());
          assertThat(gouda.statustypen().get(ZaakStatus.AFGEROND)).endsWith("000000000005");
          assertThat(gouda.resultaattypen()).containsKeys("WERK_REGULIER", "BESCHUT_WERK", "GESTOPT");
          assertThat(gouda.defaultResultaattype()).endsWith("000000000099");
        });
  }

  @Test
  void modeZgwSelectsTheZakenApiClient() {
    runner.withInitializer(context -> documented().forEach(context.getEnvironment().getPropertySources()::addLast))
        .withPropertyValues("werkpad.zaken.mode=zgw", "werkpad.zaken.base-url=https://zaken.example.nl/zaken/api/v1",
            "werkpad.zaken.client-id=werkpad", "werkpad.zaken.secret=een-gedeeld-geheim-van-minstens-32-bytes!")
        .run(context -> {
          assertThat(context).hasSingleBean(CaseRegistry.class).hasSingleBean(ZgwCaseRegistry.class);
          assertThat(context.getBean(ZakenProperties.class).mode()).isEqualTo(Mode.ZGW);
        });
  }

  @Test
  void modeZgwWithoutBaseUrlDoesNotStart() {
    runner.withPropertyValues("werkpad.zaken.mode=zgw", "werkpad.zaken.client-id=werkpad", "werkpad.zaken.secret=s")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("werkpad.zaken.base-url"));
  }

  @Test
  void modeZgwRefusesCodesAndRsinsThatYamlReadAsNumbers() {
    String unquoted = """
        werkpad:
          zaken:
            mode: zgw
            base-url: https://zaken.example.nl/zaken/api/v1
            client-id: werkpad
            secret: een-gedeeld-geheim-van-minstens-32-bytes!
            municipalities:
              0513:
                rsin: "001005650"
        """;
    runner.withInitializer(context -> yaml(unquoted).forEach(context.getEnvironment().getPropertySources()::addLast))
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("werkpad.zaken.municipalities.331").hasMessageContaining("aanhalingstekens"));
    runner.withInitializer(context -> yaml(unquoted.replace("0513:", "\"0513\":").replace("\"001005650\"", "001005650"))
            .forEach(context.getEnvironment().getPropertySources()::addLast))
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("werkpad.zaken.municipalities.0513.rsin").hasMessageContaining("aanhalingstekens"));
  }

  @Test
  void uitvoeringsorganisatiesAreKeyedByTheirCodeNextToQuotedCbsCodes() {
    String organisations = """
        werkpad:
          zaken:
            mode: zgw
            base-url: https://zaken.example.nl/zaken/api/v1
            client-id: werkpad
            secret: een-gedeeld-geheim-van-minstens-32-bytes!
            municipalities:
              "0513":
                rsin: "001005650"
              PROMEN:
                rsin: "002564440"
                zaaktype: https://catalogi.example.nl/catalogi/api/v1/zaaktypen/11111111-0000-4000-8000-000000000001
              WERKBAAN_OOST:
                rsin: "001005650"
        """;
    runner.withInitializer(context -> yaml(organisations).forEach(context.getEnvironment().getPropertySources()::addLast))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(ZgwCaseRegistry.class);
          ZakenProperties properties = context.getBean(ZakenProperties.class);
          assertThat(properties.municipalities()).containsOnlyKeys("0513", "PROMEN", "WERKBAAN_OOST");
          assertThat(properties.municipalities().get("PROMEN").rsin()).isEqualTo("002564440");
          assertThat(properties.municipalities().get("PROMEN").zaaktype()).endsWith("000000000001");
        });
    runner.withInitializer(context -> yaml(organisations.replace("\"0513\":", "0513:"))
            .forEach(context.getEnvironment().getPropertySources()::addLast))
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("werkpad.zaken.municipalities.331").hasMessageContaining("aanhalingstekens"));
  }

  @Test
  void anUnknownModeDoesNotStart() {
    runner.withPropertyValues("werkpad.zaken.mode=openzaak")
        .run(context -> assertThat(context).hasFailed());
  }

  static List<PropertySource<?>> documented() {
    return yaml(DOCUMENTED);
  }

  static List<PropertySource<?>> yaml(String text) {
    try {
      return new YamlPropertySourceLoader().load("yaml", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
