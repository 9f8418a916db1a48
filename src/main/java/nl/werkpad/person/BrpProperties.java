package nl.werkpad.person;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Werkpad finds the person registry (BRP): {@code werkpad.brp.*}.
 *
 * @param mode {@code embedded} (default: fictitious persons from {@code embeddedResource}) or
 *     {@code haalcentraal} (the Haal Centraal BRP Personen API 2.x at {@code baseUrl})
 * @param embeddedResource Spring resource location of the embedded registry's persons
 * @param baseUrl base of the BRP Personen API, without {@code /personen}
 * @param connectTimeout time to set up the connection
 * @param readTimeout time the API has to answer a request, the whole answer included (Spring's JDK
 *     request factory closes the answer when it runs out)
 * @param apiKeyHeader header that carries {@code apiKey}
 * @param apiKey the API key; blank sends no key (e.g. a local mock). A secret: set it from the
 *     environment ({@code WERKPAD_BRP_APIKEY}), never in a versioned file
 * @param sslBundle name of a {@code spring.ssl.bundle} for TLS to the API (e.g. the PKIoverheid client
 *     certificate); blank uses the JVM's default trust store and no client certificate
 * @param protocollering headers that tell the registry who asks and why, per municipality
 */
@ConfigurationProperties("werkpad.brp")
public record BrpProperties(
    Mode mode,
    String embeddedResource,
    URI baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    String apiKeyHeader,
    String apiKey,
    String sslBundle,
    Protocollering protocollering) {

  public static final String DEFAULT_EMBEDDED_RESOURCE = "classpath:embedded/personen.yml";
  public static final URI DEFAULT_BASE_URL = URI.create("http://localhost:5010/haalcentraal/api/brp");

  public BrpProperties {
    mode = mode == null ? Mode.EMBEDDED : mode;
    embeddedResource = blank(embeddedResource) ? DEFAULT_EMBEDDED_RESOURCE : embeddedResource.trim();
    baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
    apiKeyHeader = apiKeyHeader == null ? "X-API-KEY" : apiKeyHeader.trim();
    apiKey = apiKey == null ? "" : apiKey.trim();
    sslBundle = sslBundle == null ? "" : sslBundle.trim();
    protocollering = protocollering == null ? new Protocollering(null, null, null) : protocollering;
  }

  /** Every property at its default. */
  public static BrpProperties defaults() {
    return new BrpProperties(null, null, null, null, null, null, null, null, null);
  }

  public enum Mode {
    EMBEDDED,
    HAALCENTRAAL
  }

  /**
   * Protocollering: the registry records, for every lookup, on whose behalf and for which purpose it
   * was made. Werkpad sends that in headers whose names and values are configuration.
   *
   * @param headerNames which header carries which value; a blank name sends that value nowhere
   * @param defaults the values for every municipality
   * @param gemeenten per CBS code (quote it in YAML: {@code "0513"}), values that replace the defaults
   *     for lookups on behalf of that municipality; a value left out keeps the default, an empty value
   *     ({@code ""}) sends nothing
   */
  public record Protocollering(HeaderNames headerNames, Values defaults, Map<String, Values> gemeenten) {

    public Protocollering {
      headerNames = headerNames == null ? new HeaderNames(null, null, null, null, null) : headerNames;
      defaults = defaults == null ? new Values(null, null, null, null, null) : defaults;
      gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
      for (String code : gemeenten.keySet()) {
        if (!code.matches("\\d{4}")) {
          // YAML reads an unquoted 0513 as the octal number 331.
          throw new IllegalArgumentException("werkpad.brp.protocollering.gemeenten: '" + code + "' is geen "
              + "CBS-gemeentecode van vier cijfers; zet de code in YAML tussen aanhalingstekens: \"0513\":");
        }
      }
    }

    /** The values for lookups on behalf of a municipality: its own where given, else the defaults. */
    public Values valuesFor(String gemeente) {
      Values own = gemeente == null ? null : gemeenten.get(gemeente);
      return own == null ? defaults : own.over(defaults);
    }
  }

  /**
   * Names of the protocollering headers (defaults as used in the Haal Centraal ecosystem).
   *
   * @param doelbinding purpose of the lookup (the municipality's authorised purpose, e.g. its
   *     processing-register entry for the Participatiewet)
   * @param verwerking the processing activity the lookup is part of
   * @param gebruiker who makes the lookup; optional
   * @param originOin OIN (Organisatie-identificatienummer) of the municipality on whose behalf
   * @param toelichting a reason the acting user gave for the consultation; optional
   */
  public record HeaderNames(String doelbinding, String verwerking, String gebruiker, String originOin, String toelichting) {

    public HeaderNames {
      doelbinding = doelbinding == null ? "X-DOELBINDING" : doelbinding.trim();
      verwerking = verwerking == null ? "X-VERWERKING" : verwerking.trim();
      gebruiker = gebruiker == null ? "X-GEBRUIKER" : gebruiker.trim();
      originOin = originOin == null ? "X-ORIGIN-OIN" : originOin.trim();
      toelichting = toelichting == null ? "X-Audit-Toelichting" : toelichting.trim();
    }
  }

  /**
   * Values of the protocollering headers. {@code doelbinding}, {@code verwerking} and
   * {@code originOin} are required for every lookup whose header name is not blank; {@code gebruiker}
   * is optional.
   *
   * @param extraHeaders further headers, name to value; write names in brackets in YAML to keep them as
   *     they are: {@code "[X-TRANSACTION-ID]": werkpad}
   */
  public record Values(
      String doelbinding, String verwerking, String gebruiker, String originOin, Map<String, String> extraHeaders) {

    public Values {
      extraHeaders = extraHeaders == null ? Map.of() : Map.copyOf(extraHeaders);
    }

    /** These values where given, the fallback's where not. */
    Values over(Values fallback) {
      Map<String, String> extra = new LinkedHashMap<>(fallback.extraHeaders());
      extra.putAll(extraHeaders);
      return new Values(
          doelbinding != null ? doelbinding : fallback.doelbinding(),
          verwerking != null ? verwerking : fallback.verwerking(),
          gebruiker != null ? gebruiker : fallback.gebruiker(),
          originOin != null ? originOin : fallback.originOin(),
          extra);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
