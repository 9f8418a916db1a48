package nl.werkpad.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one masking rule of log lines and backend texts: nine digits alone are masked, nothing else. */
class BsnMaskingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "999993653                                          | *********",
      "BSN 999993653 onbekend                             | BSN ********* onbekend",
      "999993653 aan het begin                            | ********* aan het begin",
      "aan het eind 999993653                             | aan het eind *********",
      "Key (active_bsn)=(999993653) already exists.       | Key (active_bsn)=(*********) already exists.",
      "bsn=999993653,gemeente=0513                        | bsn=*********,gemeente=0513",
      "'999993653'                                        | '*********'",
      "\"999993653\"                                      | \"*********\"",
      "[999993653]                                        | [*********]",
      "999993653.                                         | *********.",
      "abc999993653def                                    | abc*********def",
      "inpBsn:999993653;                                  | inpBsn:*********;",
      "999993653/999990019                                | *********/*********",
      "twee: 999993653 en 999990019                       | twee: ********* en *********",
      "`Values (999993653, 'KR-2026-000042', 1700000000000)` | `Values (*********, 'KR-2026-000042', 1700000000000)`",
  })
  void masksNineDigitsStandingAlone(String text, String expected) {
    assertThat(BsnMasking.mask(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "geen cijfers",
      "12345678",
      "1234567890",
      "9999936530",
      "epoch 1764627966123 ms",
      "OIN 00000001001589623000",
      "KR-2026-000042 ZAAK-0513-2026-000042",
      "2026-12-01T22:26:06.123Z",
      "2026-12-01T22:26:06.123456789Z",
      "22:26:06,123456789 later",
      "3fa85f64-5717-4562-b3fc-2c963f66afa6",
      "proces a3c5e8f1-1b2c-11ef-9c8a-a123456789bc wacht",
      "ACT_ID_ 123456789012",
  })
  void leavesEverythingElseReadable(String text) {
    assertThat(BsnMasking.mask(text)).isSameAs(text);
  }

  @Test
  void aUuidLikeTextThatIsNoUuidStillHidesItsNineDigits() {
    assertThat(BsnMasking.mask("a3c5e8f1-1b2c-11ef-9c8a-a123456789b")).isEqualTo("a3c5e8f1-1b2c-11ef-9c8a-a*********b");
  }

  @Test
  void aReplacementOfTheCallersChoice() {
    assertThat(BsnMasking.mask("Waarde 999993653 voldoet niet", "[bsn]")).isEqualTo("Waarde [bsn] voldoet niet");
  }

  @Test
  void nullStaysNull() {
    assertThat(BsnMasking.mask(null)).isNull();
  }
}
