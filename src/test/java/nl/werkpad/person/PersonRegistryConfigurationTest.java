package nl.werkpad.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** werkpad.brp.mode selects the person registry. */
class PersonRegistryConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(PersonRegistryConfiguration.class);

  @Test
  void embeddedWhenTheModeIsMissing() {
    context.run(c -> {
      assertThat(c).hasSingleBean(PersonRegistry.class);
      assertThat(c.getBean(PersonRegistry.class)).isInstanceOf(EmbeddedPersonRegistry.class);
      assertThat(c.getBean(PersonRegistry.class).find("999993653", "0513")).isPresent();
      BrpProperties properties = c.getBean(BrpProperties.class);
      assertThat(properties.mode()).isEqualTo(BrpProperties.Mode.EMBEDDED);
      assertThat(properties.baseUrl()).hasToString("http://localhost:5010/haalcentraal/api/brp");
      assertThat(properties.connectTimeout()).hasSeconds(2);
      assertThat(properties.readTimeout()).hasSeconds(5);
      assertThat(properties.apiKeyHeader()).isEqualTo("X-API-KEY");
      assertThat(properties.protocollering().headerNames())
          .isEqualTo(new BrpProperties.HeaderNames("X-DOELBINDING", "X-VERWERKING", "X-GEBRUIKER", "X-ORIGIN-OIN",
              "X-Audit-Toelichting"));
    });
  }

  @Test
  void embeddedWhenAskedFor() {
    context.withPropertyValues("werkpad.brp.mode=embedded")
        .run(c -> assertThat(c.getBean(PersonRegistry.class)).isInstanceOf(EmbeddedPersonRegistry.class));
  }

  @Test
  void haalCentraalWhenAskedFor() {
    context.withPropertyValues("werkpad.brp.mode=haalcentraal", "werkpad.brp.base-url=https://brp.example.nl/api/brp")
        .run(c -> {
          assertThat(c).hasSingleBean(PersonRegistry.class);
          assertThat(c.getBean(PersonRegistry.class)).isInstanceOf(HaalCentraalPersonRegistry.class);
        });
  }

  @Test
  void anUnknownModeStopsTheStart() {
    context.withPropertyValues("werkpad.brp.mode=haalcentral")
        .run(c -> assertThat(c).hasFailed().getFailure().hasStackTraceContaining("werkpad.brp.mode"));
  }

  @Test
  void aMunicipalityCodeThatYamlReadAsANumberStopsTheStart() {
    // An unquoted 0513 in YAML arrives as 331.
    context.withPropertyValues("werkpad.brp.protocollering.gemeenten.331.origin-oin=00000001001234567000")
        .run(c -> assertThat(c).hasFailed().getFailure()
            .hasStackTraceContaining("'331' is geen CBS-gemeentecode van vier cijfers"));
  }

  @Test
  void aBadEmbeddedResourceStopsTheStart() {
    context.withPropertyValues("werkpad.brp.embedded-resource=classpath:embedded/personen-ongeldig-bsn.yml")
        .run(c -> assertThat(c).hasFailed().getFailure()
            .hasStackTraceContaining("persoon 2 (regel 9): bsn is ongeldig"));
  }
}
