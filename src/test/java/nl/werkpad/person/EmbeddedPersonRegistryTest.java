package nl.werkpad.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;

class EmbeddedPersonRegistryTest {

  private static final EmbeddedPersonRegistry REGISTRY = new EmbeddedPersonRegistry(
      new DefaultResourceLoader().getResource(BrpProperties.DEFAULT_EMBEDDED_RESOURCE));

  @ParameterizedTest(name = "{0} in {1}, born {2}")
  @CsvSource({
      // contract persons (shared/docs/contract.md)
      "999993653, 0513, 1990-03-15",
      "999990639, 1674, 2004-06-01",
      "999993872, 0294, 1981-09-20",
      "999991723, 1859, 1976-01-10",
      "999994542, 0484, 1995-11-30",
      "999995571, 0502, 1965-05-05",
      "999998456, 0736, 1960-02-29",
  })
  void holdsTheContractPersons(String bsn, String gemeente, LocalDate born) {
    Person person = REGISTRY.find(bsn, gemeente).orElseThrow();

    assertThat(person.bsn()).isEqualTo(bsn);
    assertThat(person.gemeenteVanInschrijving()).isEqualTo(gemeente);
    assertThat(person.geboortedatum()).isEqualTo(born);
    assertThat(person.geslachtsnaam()).isNotBlank();
    assertThat(person.voornamen()).isNotBlank();
    assertThat(person.adres()).isNotNull();
    assertThat(person.adres().postcode()).matches("[1-9]\\d{3} [A-Z]{2}");
    assertThat(person.geheimhouding()).isFalse();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
      // persons of the demo journeys (nl.werkpad.demo.DemoJourneys)
      "999990019, 0513", "999990020, 0513", "999990032, 0513", "999990044, 0502",
      "999990056, 1674", "999990068, 0294", "999990081, 0484", "999990093, 0736",
  })
  void holdsThePersonsOfTheDemoJourneys(String bsn, String gemeente) {
    Person person = REGISTRY.find(bsn, gemeente).orElseThrow();

    assertThat(person.gemeenteVanInschrijving()).isEqualTo(gemeente);
    assertThat(person.geboortedatum()).isBetween(LocalDate.of(1970, 1, 1), LocalDate.of(2000, 12, 31));
    assertThat(person.adres()).isNotNull();
  }

  @Test
  void contractAgesHoldForTheSpecialCases() {
    LocalDate today = LocalDate.of(2026, 1, 1);
    assertThat(REGISTRY.find("999990639", "1674").orElseThrow().leeftijdOp(today)).isLessThan(27);
    assertThat(REGISTRY.find("999998456", "0736").orElseThrow().leeftijdOp(today)).isBetween(65, 66);
  }

  @Test
  void doesNotHoldTheContractsUnknownPerson() {
    assertThat(REGISTRY.find("999990482", "0513")).isEmpty();
  }

  @Test
  void answersEveryMunicipalityLikeTheBrp() {
    assertThat(REGISTRY.find("999993653", "1674")).isPresent();
  }

  @Test
  void holdsSpecialCases() {
    Person secret = REGISTRY.find("999990111", "0513").orElseThrow();
    assertThat(secret.geheimhouding()).isTrue();
    assertThat(secret.gemeenteVanInschrijving()).isEqualTo("0513");

    Person unknownBirthDate = REGISTRY.find("999990123", "0513").orElseThrow();
    assertThat(unknownBirthDate.geboortedatum()).isNull();
    assertThat(unknownBirthDate.adres().huisnummer()).isEqualTo("19a");

    assertThat(REGISTRY.find("999990135", "0484").orElseThrow().adres()).isNull();
  }

  @Test
  void readsEntriesCompletely() {
    Person person = REGISTRY.find("999990019", "0513").orElseThrow();

    assertThat(person).isEqualTo(new Person("999990019", "Thijs", "van der", "Meulen", LocalDate.of(1985, 7, 12),
        new Person.Adres("Kleiweg", "12", "2801 GH", "Gouda"), "0513", false));
    assertThat(person.naam()).isEqualTo("Thijs van der Meulen");
    assertThat(REGISTRY.find("999990044", "0502").orElseThrow().adres().straat()).isEqualTo("'s-Gravenweg");
  }

  @Test
  void everyPersonHasAValidBsnAndADistinctOne() {
    List<Person> all = REGISTRY.all();
    Set<String> seen = new HashSet<>();

    assertThat(all).hasSizeGreaterThanOrEqualTo(16);
    assertThat(all).allSatisfy(p -> {
      assertThat(Bsn.isValid(p.bsn())).as("elfproef").isTrue();
      assertThat(seen.add(p.bsn())).as("distinct").isTrue();
      assertThat(p.gemeenteVanInschrijving()).matches("\\d{4}");
    });
  }

  @Test
  void readsAGeneratedRegistryOfManyPersons() {
    // Over SnakeYAML's default limit of 3 MB, as the benchmark's registry of 100,000 persons is.
    StringBuilder yaml = new StringBuilder("personen:\n");
    long candidate = 999_999_999L;
    int count = 0;
    while (yaml.length() < 4_000_000) {
      String bsn = Long.toString(candidate--);
      if (Bsn.isValid(bsn)) {
        yaml.append("  - bsn: ").append(bsn).append("\n    voornamen: Iris\n    geslachtsnaam: Rietkerk\n")
            .append("    geboortedatum: 1975-04-01\n    straat: Molenweg\n    huisnummer: ").append(count % 250 + 1)
            .append("\n    woonplaats: Gouda\n    gemeenteVanInschrijving: '0513'\n");
        count++;
      }
    }

    EmbeddedPersonRegistry large = new EmbeddedPersonRegistry(new ByteArrayResource(yaml.toString().getBytes(StandardCharsets.UTF_8)));

    assertThat(large.all()).hasSize(count);
  }

  @Test
  void refusesAnInvalidBsnAsInput() {
    assertThatIllegalArgumentException().isThrownBy(() -> REGISTRY.find("123456789", "0513"))
        .withMessageNotContaining("123456789");
  }

  @Test
  void rejectsAResourceWithAnInvalidBsn() {
    assertThatIllegalStateException()
        .isThrownBy(() -> new EmbeddedPersonRegistry(new ClassPathResource("embedded/personen-ongeldig-bsn.yml")))
        .withMessageContaining("embedded/personen-ongeldig-bsn.yml")
        .withMessageContaining("persoon 2 (regel 9): bsn is ongeldig")
        .withMessageContaining("elfproef")
        .withMessageNotContaining("999993654");
  }

  @Test
  void reportsEveryBadEntryWithItsLine() {
    String yaml = """
        personen:
          - bsn: 999990147
            geslachtsnaam: Goed
            gemeenteVanInschrijving: 0513
          - bsn: 999990159
            geslachtsnaam: Fout
            gemeenteVanInschrijving: 513
            geboortedatum: 15-03-1990
            geboorteDatum: 1990-03-15
          - bsn: 999990147
            geslachtsnaam: Dubbel
            gemeenteVanInschrijving: 0513
          - bsn: 999990160
            gemeenteVanInschrijving: 0513
            straat: Markt
            postcode: 2801JG
            geheimhouding: misschien
        """;

    assertThatIllegalStateException().isThrownBy(() -> load(yaml))
        .withMessageContaining("persoon 2 (regel 5): onbekend veld 'geboorteDatum' (regel 9)")
        .withMessageContaining("persoon 3 (regel 10): hetzelfde bsn als de persoon op regel 2")
        .withMessageContaining("persoon 4 (regel 13): geslachtsnaam ontbreekt")
        .withMessageContaining("persoon 4 (regel 13): geheimhouding moet true of false zijn")
        .withMessageContaining("persoon 4 (regel 13): adres onvolledig: huisnummer ontbreekt")
        .withMessageContaining("persoon 4 (regel 13): adres onvolledig: woonplaats ontbreekt")
        .withMessageNotContaining("99999");
  }

  @Test
  void checksTheValuesOfAnEntry() {
    String yaml = """
        personen:
          - bsn: 999990147
            geslachtsnaam: Fout
            gemeenteVanInschrijving: 513
            geboortedatum: 15-03-1990
            straat: Markt
            huisnummer: 1 a
            postcode: 0801 JG
            woonplaats: Gouda
        """;

    assertThatIllegalStateException().isThrownBy(() -> load(yaml))
        .withMessageContaining("gemeenteVanInschrijving moet een CBS-gemeentecode van vier cijfers zijn")
        .withMessageContaining("geboortedatum moet een datum zijn als 1990-03-15")
        .withMessageContaining("huisnummer moet geschreven zijn als 12, 12a, 7-2 of 12a-bis")
        .withMessageContaining("postcode moet geschreven zijn als 2801 JG");
  }

  @Test
  void readsValuesAsText() {
    String yaml = """
        personen:
          - bsn: 999990147
            voorvoegsel: null
            geslachtsnaam: "Null"
            geboortedatum: ~
            gemeenteVanInschrijving: 0010
            straat: Markt
            huisnummer: 7-2
            postcode: 2801jg
            woonplaats: Gouda
            geheimhouding: TRUE
        """;

    Person person = new EmbeddedPersonRegistry(resource(yaml)).find("999990147", "0010").orElseThrow();

    assertThat(person).isEqualTo(new Person("999990147", null, null, "Null", null,
        new Person.Adres("Markt", "7-2", "2801 JG", "Gouda"), "0010", true));
  }

  @Test
  void rejectsAFileThatIsNoListOfPersons() {
    assertThatIllegalStateException().isThrownBy(() -> load("personen: 999990147\n"))
        .withMessageContaining("moet een lijst onder de sleutel 'personen' bevatten");
    assertThatIllegalStateException().isThrownBy(() -> load(""))
        .withMessageContaining("moet een lijst onder de sleutel 'personen' bevatten");
  }

  @Test
  void reportsBrokenYamlByPlaceWithoutQuotingTheLine() {
    String yaml = "personen:\n  - bsn: 999990147\n   geslachtsnaam: [Fout\n";

    assertThatIllegalStateException().isThrownBy(() -> load(yaml))
        .withMessageContaining("is geen geldige YAML op regel")
        .withMessageNotContaining("999990147");
  }

  @Test
  void rejectsAMissingResource() {
    assertThatIllegalStateException()
        .isThrownBy(() -> new EmbeddedPersonRegistry(new ClassPathResource("embedded/bestaat-niet.yml")))
        .withMessageContaining("bestaat niet");
  }

  private static void load(String yaml) {
    new EmbeddedPersonRegistry(resource(yaml));
  }

  private static ByteArrayResource resource(String yaml) {
    return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test-personen.yml");
  }
}
