package nl.werkpad.zaak;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Date;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bearer token the ZGW APIs ask of a client: a JWT signed with HS256 and the shared secret,
 * carrying {@code iss} and {@code client_id} (the client id), {@code iat}, {@code user_id} and
 * {@code user_representation}. A fresh one per request, so {@code iat} is always recent.
 *
 * <p>RFC 7518 wants an HS256 key of at least 256 bits, and nimbus enforces that; secrets set in a
 * zaaksysteem's admin are often shorter. Such a secret still signs (HMAC-SHA256 computed here), as
 * the zaaksysteem verifies it, and the application warns at start-up.
 */
final class ZgwJwt {

  private static final JWSHeader HEADER = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();

  private final String clientId;
  private final String userId;
  private final String userRepresentation;
  private final byte[] secret;
  private final MACSigner signer;
  private final Clock clock;

  ZgwJwt(String clientId, String secret, String userId, String userRepresentation, Clock clock) {
    this.clientId = clientId;
    this.userId = userId;
    this.userRepresentation = userRepresentation;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
    this.signer = strongEnough() ? newSigner(this.secret) : null;
  }

  /** Whether the secret has the 256 bits RFC 7518 asks of an HS256 key. */
  boolean strongEnough() {
    return secret.length * 8 >= 256;
  }

  String token() {
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(clientId)
        .issueTime(Date.from(clock.instant()))
        .claim("client_id", clientId)
        .claim("user_id", userId)
        .claim("user_representation", userRepresentation)
        .build();
    SignedJWT jwt = new SignedJWT(HEADER, claims);
    try {
      if (signer != null) {
        jwt.sign(signer);
        return jwt.serialize();
      }
      byte[] signingInput = jwt.getSigningInput();
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return new String(signingInput, StandardCharsets.US_ASCII) + "." + Base64URL.encode(mac.doFinal(signingInput));
    } catch (JOSEException | GeneralSecurityException e) {
      throw new CaseRegistryUnavailableException("Zaken API: JWT kon niet worden ondertekend: " + e.getMessage(), e);
    }
  }

  private static MACSigner newSigner(byte[] secret) {
    try {
      return new MACSigner(secret);
    } catch (JOSEException e) {
      throw new IllegalStateException("werkpad.zaken.secret is niet bruikbaar voor HS256: " + e.getMessage(), e);
    }
  }
}
