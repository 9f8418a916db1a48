package nl.werkpad.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkpad.region.RegionsProperties.Municipality;
import nl.werkpad.region.RegionsProperties.Uitvoeringsorganisatie;
import org.springframework.stereotype.Component;

/**
 * Who is who: municipalities, their tenants and teams, and the uitvoeringsorganisaties. Group and
 * tenant ids are derived here and nowhere else.
 */
@Component
public class Regions {

  public static final String GEMEENTE = "GEMEENTE";

  private final Map<String, Municipality> municipalitiesByCode = new LinkedHashMap<>();
  private final Map<String, Uitvoeringsorganisatie> organisationsByCode = new LinkedHashMap<>();

  public Regions(RegionsProperties properties) {
    properties.regions().forEach(region -> region.municipalities().forEach(m -> {
      if (municipalitiesByCode.put(m.code(), m) != null) {
        throw new IllegalStateException("Gemeentecode " + m.code() + " staat twee keer in de regio-configuratie");
      }
    }));
    properties.uitvoeringsorganisaties().forEach(o -> organisationsByCode.put(o.code(), o));
    municipalitiesByCode.values().stream()
        .filter(m -> m.uitvoerder() != null && !organisationsByCode.containsKey(m.uitvoerder()))
        .findFirst()
        .ifPresent(m -> {
          throw new IllegalStateException(
              "Gemeente " + m.name() + " verwijst naar onbekende uitvoeringsorganisatie " + m.uitvoerder());
        });
  }

  public List<Municipality> municipalities() {
    return List.copyOf(municipalitiesByCode.values());
  }

  public List<Uitvoeringsorganisatie> uitvoeringsorganisaties() {
    return List.copyOf(organisationsByCode.values());
  }

  public Optional<Municipality> municipality(String code) {
    return Optional.ofNullable(code).map(municipalitiesByCode::get);
  }

  public Optional<Uitvoeringsorganisatie> uitvoeringsorganisatie(String code) {
    return Optional.ofNullable(code).map(organisationsByCode::get);
  }

  /** The municipalities that refer clients to this uitvoeringsorganisatie. */
  public List<Municipality> referringTo(String organisationCode) {
    return municipalitiesByCode.values().stream()
        .filter(m -> organisationCode.equals(m.uitvoerder()))
        .toList();
  }

  public static String tenantId(String municipalityCode) {
    return "gm" + municipalityCode;
  }

  /** The municipality code of a tenant id, or empty when it is not a municipality's tenant. */
  public static Optional<String> municipalityCode(String tenantId) {
    return tenantId != null && tenantId.matches("gm\\d{4}") ? Optional.of(tenantId.substring(2)) : Optional.empty();
  }

  public static String klantmanagersGroup(String municipalityCode) {
    return "klantmanagers-" + municipalityCode;
  }

  public static String managersGroup(String municipalityCode) {
    return "managers-" + municipalityCode;
  }

  /**
   * The trajectbegeleiders who carry out a trajectory: those of the uitvoeringsorganisatie, or the
   * municipality's own team when the organisation is {@link #GEMEENTE}.
   */
  public static String trajectbegeleidersGroup(String municipalityCode, String organisationCode) {
    return GEMEENTE.equals(organisationCode)
        ? "trajectbegeleiders-" + municipalityCode
        : "trajectbegeleiders-" + organisationCode.toLowerCase().replace("_", "");
  }
}
