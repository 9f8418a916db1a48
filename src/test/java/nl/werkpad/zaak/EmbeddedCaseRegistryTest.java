package nl.werkpad.zaak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.zaak.CaseRegistry.Zaak;
import nl.werkpad.zaak.CaseRegistry.ZaakStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded zaaksysteem in the application, on its real database (H2 here, PostgreSQL in
 * {@link EmbeddedZaakPostgresIT}), selected because werkpad.zaken.mode is not set.
 */
@ApplicationTest
class EmbeddedCaseRegistryTest {

  static final String BSN = "999993653";
  static final LocalDate START = LocalDate.of(2026, 3, 2);

  @RegisterExtension final ZaakLogs logs = new ZaakLogs(BSN);

  @Autowired CaseRegistry registry;
  @Autowired EmbeddedZaakRepository zaken;

  /** Unique per test: the application context, and so the database, is shared between tests. */
  String journey;

  @BeforeEach
  void newJourneyNumber() {
    journey = "KR-TEST-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void isTheDefault() {
    assertThat(registry).isInstanceOf(EmbeddedCaseRegistry.class);
  }

  @Test
  void opensOneZaakPerJourneyAndOrganisation() {
    Zaak first = registry.open(journey, "0513", BSN, "Klantreis werk en participatie", START);
    Zaak again = registry.open(journey, "0513", BSN, "Klantreis werk en participatie", START);

    assertThat(again).isEqualTo(first);
    assertThat(first.organisation()).isEqualTo("0513");
    assertThat(first.identificatie()).matches("ZAAK-0513-2026-\\d{6,}").doesNotContain(BSN);
    assertThat(first.url()).matches("urn:werkpad:zaak:\\d+").doesNotContain(BSN);
    EmbeddedZaak stored = stored(first);
    assertThat(stored.getJourneyNumber()).isEqualTo(journey);
    assertThat(stored.getBsn()).isEqualTo(BSN);
    assertThat(stored.getOmschrijving()).isEqualTo("Klantreis werk en participatie");
    assertThat(stored.getStartdatum()).isEqualTo(START);
    assertThat(stored.getStatussen()).isEmpty();
    assertThat(stored.getEinddatum()).isNull();

    Zaak elsewhere = registry.open(journey, "0484", BSN, "Klantreis werk en participatie", START);
    assertThat(elsewhere.identificatie()).startsWith("ZAAK-0484-2026-").isNotEqualTo(first.identificatie());
    assertThat(logs.count()).as("log lines checked for the BSN").isPositive();
  }

  @Test
  void numbersZakenInSequence() {
    Zaak first = registry.open(journey + "-1", "0513", BSN, "Klantreis", START);
    Zaak second = registry.open(journey + "-2", "0513", BSN, "Klantreis", START.plusYears(1));

    assertThat(number(second)).isGreaterThan(number(first));
    assertThat(second.identificatie()).startsWith("ZAAK-0513-2027-");
  }

  @Test
  void keepsTheStatusHistoryInOrderWithoutRepeats() {
    Zaak zaak = registry.open(journey, "0513", BSN, "Klantreis", START);

    registry.setStatus(zaak, ZaakStatus.AANGEMELD, "Aangemeld");
    registry.setStatus(zaak, ZaakStatus.AANGEMELD, "Nogmaals aangemeld");
    registry.setStatus(zaak, ZaakStatus.INTAKE_AFGEROND, "Brede intake gedaan");
    registry.setStatus(zaak, ZaakStatus.INTAKE_AFGEROND, "Nogmaals");
    registry.setStatus(zaak, ZaakStatus.VERWEZEN, "Verwezen naar Promen");

    assertThat(stored(zaak).getStatussen())
        .extracting(EmbeddedZaakStatus::getStatus, EmbeddedZaakStatus::getToelichting)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ZaakStatus.AANGEMELD, "Aangemeld"),
            org.assertj.core.groups.Tuple.tuple(ZaakStatus.INTAKE_AFGEROND, "Brede intake gedaan"),
            org.assertj.core.groups.Tuple.tuple(ZaakStatus.VERWEZEN, "Verwezen naar Promen"));
    assertThat(stored(zaak).getStatussen()).extracting(EmbeddedZaakStatus::getGezetOp).isSorted();
    assertThat(stored(zaak).getEinddatum()).isNull();
  }

  @Test
  void closesWithResultaatThenEndStatusAndASecondCloseChangesNothing() {
    Zaak zaak = registry.open(journey, "0513", BSN, "Klantreis", START);
    registry.setStatus(zaak, ZaakStatus.AANGEMELD, null);
    registry.setStatus(zaak, ZaakStatus.TRAJECT_GESTART, null);

    registry.close(zaak, "WERK_REGULIER", "Werkt bij een reguliere werkgever");

    EmbeddedZaak closed = stored(zaak);
    assertThat(closed.getResultaat()).isEqualTo("WERK_REGULIER");
    assertThat(closed.getResultaatToelichting()).isEqualTo("Werkt bij een reguliere werkgever");
    assertThat(closed.getStatussen()).extracting(EmbeddedZaakStatus::getStatus)
        .containsExactly(ZaakStatus.AANGEMELD, ZaakStatus.TRAJECT_GESTART, ZaakStatus.AFGEROND);
    assertThat(closed.getEinddatum()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")));

    registry.close(zaak, "GESTOPT", "Tweede keer");
    registry.setStatus(zaak, ZaakStatus.AFGEROND, "Nog eens");

    EmbeddedZaak unchanged = stored(zaak);
    assertThat(unchanged.getResultaat()).isEqualTo("WERK_REGULIER");
    assertThat(unchanged.getStatussen()).hasSize(3);
    assertThat(unchanged.getEinddatum()).isEqualTo(closed.getEinddatum());
  }

  @Test
  void theEndStatusNeedsAResultaatAndAClosedZaakTakesNoOtherStatus() {
    Zaak zaak = registry.open(journey, "0513", BSN, "Klantreis", START);

    assertThatThrownBy(() -> registry.setStatus(zaak, ZaakStatus.AFGEROND, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nog geen resultaat");
    assertThat(stored(zaak).getStatussen()).isEmpty();

    registry.close(zaak, "GESTOPT", null);
    assertThatThrownBy(() -> registry.setStatus(zaak, ZaakStatus.VERWEZEN, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("afgesloten");
  }

  @Test
  void keepsFieldsWithinTheLimitsOfAZaaksysteem() {
    Zaak zaak = registry.open(journey, "0513", BSN, "x".repeat(200), START);

    assertThat(stored(zaak).getOmschrijving()).hasSize(80);
  }

  @Test
  void refusesWhatIsNotAZaakOfThisRegister() {
    assertThatThrownBy(() -> registry.setStatus(new Zaak("ZAAK-0513-2026-999999", "urn:werkpad:zaak:999999999", "0513"),
        ZaakStatus.AANGEMELD, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ZAAK-0513-2026-999999");
    assertThatThrownBy(() -> registry.setStatus(new Zaak("KR-1", "https://zaken.example.nl/zaken/api/v1/zaken/1", "0513"),
        ZaakStatus.AANGEMELD, null))
        .isInstanceOf(IllegalArgumentException.class);
    Zaak gouda = registry.open(journey, "0513", BSN, "Klantreis", START);
    assertThatThrownBy(() -> registry.setStatus(new Zaak(gouda.identificatie(), gouda.url(), "0484"),
        ZaakStatus.AANGEMELD, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUitvoeringsorganisatieKeepsItsOwnZaakRelatedOnceToTheMunicipalitys() {
    Zaak gemeente = registry.open(journey, "0513", BSN, "Klantreis werk en participatie", START);
    Zaak promen = registry.open(journey, "PROMEN", BSN, "Traject bij Promen", START);

    assertThat(promen.organisation()).isEqualTo("PROMEN");
    assertThat(promen.identificatie()).matches("ZAAK-PROMEN-2026-\\d{6,}").doesNotContain(BSN);
    assertThat(promen.url()).isNotEqualTo(gemeente.url());
    assertThat(registry.open(journey, "PROMEN", BSN, "Traject bij Promen", START)).isEqualTo(promen);

    registry.relate(promen, gemeente);
    registry.relate(promen, gemeente);

    assertThat(zaken.findVervolgVanById(id(promen))).containsExactly(id(gemeente));
    assertThat(zaken.findVervolgVanById(id(gemeente))).isEmpty();
    assertThat(logs.count()).as("log lines checked for the BSN").isPositive();
  }

  @Test
  void aZaakMayContinueSeveralZaken() {
    Zaak gouda = registry.open(journey, "0513", BSN, "Klantreis", START);
    Zaak waddinxveen = registry.open(journey, "0627", BSN, "Klantreis", START);
    Zaak werkbaan = registry.open(journey, "WERKBAAN_OOST", BSN, "Traject", START);

    registry.relate(werkbaan, gouda);
    registry.relate(werkbaan, waddinxveen);
    registry.relate(werkbaan, gouda);

    assertThat(werkbaan.identificatie()).startsWith("ZAAK-WERKBAAN_OOST-2026-");
    assertThat(zaken.findVervolgVanById(id(werkbaan))).containsExactlyInAnyOrder(id(gouda), id(waddinxveen));
  }

  @Test
  void acceptsOrganisationCodesOfUpToTwentyCharacters() {
    String longest = "WERKBAAN_OOST_TWENTE";
    assertThat(longest).hasSize(20);

    Zaak zaak = registry.open(journey, longest, BSN, "Traject", START);

    assertThat(zaak.identificatie()).startsWith("ZAAK-" + longest + "-2026-");
    assertThat(stored(zaak).getOrganisation()).isEqualTo(longest);
  }

  @Test
  void refusesAnOrganisationThatIsNeitherACbsCodeNorAnOrganisationCode() {
    for (String organisation : java.util.Arrays.asList(null, "", "513", "05130", "promen", "P", "_PROMEN", "PROMEN-1",
        "PRO MEN", "A".repeat(21), "ÉÉN")) {
      assertThatThrownBy(() -> registry.open(journey, organisation, BSN, "Klantreis", START))
          .as(organisation)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Organisatie");
    }
  }

  @Test
  void relatesOnlyZakenOfThisRegisterAndNotAZaakToItself() {
    Zaak gemeente = registry.open(journey, "0513", BSN, "Klantreis", START);
    Zaak promen = registry.open(journey, "PROMEN", BSN, "Traject", START);

    assertThatThrownBy(() -> registry.relate(promen, promen))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(promen.identificatie());
    assertThatThrownBy(() -> registry.relate(promen,
        new Zaak("ZAAK-0513-2026-999999", "urn:werkpad:zaak:999999999", "0513")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ZAAK-0513-2026-999999");
    assertThatThrownBy(() -> registry.relate(new Zaak(promen.identificatie(), promen.url(), "WVS"), gemeente))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(zaken.findVervolgVanById(id(promen))).isEmpty();
  }

  @Test
  void refusesAnInvalidBsnWithoutNamingIt() {
    assertThatThrownBy(() -> registry.open(journey, "0513", "123456789", "Klantreis", START))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("123456789");
    assertThat(zaken.findByJourneyNumberAndOrganisation(journey, "0513")).isEmpty();
  }

  private EmbeddedZaak stored(Zaak zaak) {
    return zaken.findWithStatussenById(EmbeddedZaak.idOf(zaak.url()).orElseThrow()).orElseThrow();
  }

  private static Long id(Zaak zaak) {
    return EmbeddedZaak.idOf(zaak.url()).orElseThrow();
  }

  private static long number(Zaak zaak) {
    return Long.parseLong(zaak.identificatie().substring(zaak.identificatie().lastIndexOf('-') + 1));
  }
}
