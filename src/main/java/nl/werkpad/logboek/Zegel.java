package nl.werkpad.logboek;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The seal of one record in the chain: HMAC-SHA-256 over the previous record's seal and the record's
 * fields, with a key the database does not hold ({@code werkpad.logboek.sleutel}; set it from the
 * environment, WERKPAD_LOGBOEK_SLEUTEL). Whoever changes, removes or inserts a record then cannot make
 * the chain whole again without the key. Without a key the seal is plain SHA-256: a change still breaks
 * the chain, but someone who can write the database could recompute it.
 */
@Component
class Zegel {

  private static final Logger LOG = LoggerFactory.getLogger(Zegel.class);

  private final byte[] sleutel;

  Zegel(@Value("${werkpad.logboek.sleutel:}") String sleutel) {
    this.sleutel = sleutel.isBlank() ? null : sleutel.getBytes(StandardCharsets.UTF_8);
    if (this.sleutel == null) {
      LOG.warn("Logboek dataverwerkingen zonder sleutel (werkpad.logboek.sleutel): wie de database kan wijzigen, kan de "
          + "hashketen herberekenen. Stel WERKPAD_LOGBOEK_SLEUTEL in voor productie.");
    }
  }

  String van(String vorige, Verwerking verwerking) {
    byte[] inhoud = (vorige + "\u001e" + verwerking.inhoud()).getBytes(StandardCharsets.UTF_8);
    try {
      if (sleutel == null) {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(inhoud));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is niet beschikbaar", e);
    }
  }
}
