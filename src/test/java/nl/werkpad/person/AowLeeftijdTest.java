package nl.werkpad.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The AOW age depends on the year in which it is reached (Algemene Ouderdomswet art. 7a). */
class AowLeeftijdTest {

  @Test
  void sixtySevenFrom2024() {
    assertThat(AowLeeftijd.reachedOn(LocalDate.of(1960, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(AowLeeftijd.reached(LocalDate.of(1960, 2, 29), LocalDate.of(2027, 2, 27))).isFalse();
    assertThat(AowLeeftijd.reached(LocalDate.of(1960, 2, 29), LocalDate.of(2027, 2, 28))).isTrue();
  }

  @Test
  void theAgeOfTheYearInWhichItIsReached() {
    assertThat(AowLeeftijd.reachedOn(LocalDate.of(1957, 1, 15))).as("66 and 10 months in 2023")
        .isEqualTo(LocalDate.of(2023, 11, 15));
    assertThat(AowLeeftijd.reachedOn(LocalDate.of(1961, 6, 1))).as("67 and 3 months from 2028")
        .isEqualTo(LocalDate.of(2028, 9, 1));
    assertThat(AowLeeftijd.reachedOn(LocalDate.of(1990, 3, 15))).as("later years keep the last known age")
        .isEqualTo(LocalDate.of(2057, 6, 15));
  }
}
