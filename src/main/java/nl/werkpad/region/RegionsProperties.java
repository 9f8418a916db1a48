package nl.werkpad.region;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The regions, municipalities and uitvoeringsorganisaties of regions.yml. */
@ConfigurationProperties("werkpad")
public record RegionsProperties(List<Region> regions, List<Uitvoeringsorganisatie> uitvoeringsorganisaties) {

  public RegionsProperties {
    regions = regions == null ? List.of() : List.copyOf(regions);
    uitvoeringsorganisaties = uitvoeringsorganisaties == null ? List.of() : List.copyOf(uitvoeringsorganisaties);
  }

  public record Region(String id, String name, List<Municipality> municipalities) {
    public Region {
      municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }
  }

  /**
   * @param code CBS gemeentecode, four digits
   * @param account the municipality's part of user names (km-&lt;account&gt;)
   * @param uitvoerder code of the uitvoeringsorganisatie it refers clients to, or null when none
   * @param inHouseTeam whether the municipality has its own trajectbegeleiders
   */
  public record Municipality(String code, String name, String account, String uitvoerder, boolean inHouseTeam) {

    /**
     * Whether this organisation (an uitvoeringsorganisatie's code, or {@link Regions#GEMEENTE}) may carry out
     * services for the municipality: only then do its trajectbegeleiders see the municipality's clients.
     */
    public boolean servedBy(String organisation) {
      return organisation.equals(uitvoerder) || (Regions.GEMEENTE.equals(organisation) && inHouseTeam);
    }
  }

  public record Uitvoeringsorganisatie(String code, String name, String account) {}
}
