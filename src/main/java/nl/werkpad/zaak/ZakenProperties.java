package nl.werkpad.zaak;

import java.time.Duration;
import java.util.Map;
import nl.werkpad.zaak.CaseRegistry.ZaakStatus;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The zaaksysteem Werkpad records its journeys in ({@code werkpad.zaken}).
 *
 * @param mode {@code embedded} (default): the in-process register; {@code zgw}: a ZGW Zaken API 1.5
 * @param baseUrl root of the Zaken API, e.g. {@code https://zaken.example.nl/zaken/api/v1} (zgw only)
 * @param connectTimeout time allowed to set up a connection
 * @param readTimeout time allowed for the answer to a request
 * @param clientId client id of Werkpad at the Zaken API: JWT claims {@code iss} and {@code client_id}
 * @param secret shared secret the JWT is signed with (HS256); never logged
 * @param userId JWT claim {@code user_id}: who acts, as the Zaken API records it in its audit trail
 * @param userRepresentation JWT claim {@code user_representation}: that actor's display name
 * @param municipalities the catalogue entries per organisation with its own zaaksysteem: a municipality
 *     keyed by its CBS code, quoted in YAML ("0513"), or an uitvoeringsorganisatie keyed by its code of
 *     upper case letters and underscores (PROMEN, WVS, WERKBAAN_OOST)
 */
@ConfigurationProperties("werkpad.zaken")
public record ZakenProperties(
    @DefaultValue("embedded") Mode mode,
    String baseUrl,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("10s") Duration readTimeout,
    @DefaultValue("") String clientId,
    @DefaultValue("") String secret,
    @DefaultValue("werkpad") String userId,
    @DefaultValue("Werkpad") String userRepresentation,
    Map<String, Municipality> municipalities) {

  public ZakenProperties {
    municipalities = municipalities == null ? Map.of() : Map.copyOf(municipalities);
  }

  public enum Mode {
    EMBEDDED,
    ZGW
  }

  /**
   * What an organisation's zaaksysteem (a municipality's or an uitvoeringsorganisatie's) needs to
   * hold Werkpad's zaken: its RSIN and the URLs of the types in its catalogue (Catalogi API).
   *
   * @param rsin RSIN of the organisation, nine digits: bronorganisatie and verantwoordelijke organisatie
   * @param zaaktype URL of the zaaktype of a client journey
   * @param roltype URL of the roltype of the client (a natuurlijk persoon)
   * @param roltoelichting text of the client's rol (roltoelichting is required by the API)
   * @param statustypen URL of the statustype per milestone; AFGEROND must be the zaaktype's eindstatus
   * @param resultaattypen URL of the resultaattype per resultaat code Werkpad closes a zaak with
   * @param defaultResultaattype URL of the resultaattype for a code not in {@code resultaattypen}
   */
  public record Municipality(
      String rsin,
      String zaaktype,
      String roltype,
      @DefaultValue("Cliënt") String roltoelichting,
      Map<ZaakStatus, String> statustypen,
      Map<String, String> resultaattypen,
      String defaultResultaattype) {

    public Municipality {
      statustypen = statustypen == null ? Map.of() : Map.copyOf(statustypen);
      resultaattypen = resultaattypen == null ? Map.of() : Map.copyOf(resultaattypen);
    }
  }
}
