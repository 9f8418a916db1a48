package nl.werkpad.cijfers;

import static nl.werkpad.journey.RejectedInputException.Reason.FORBIDDEN;
import static nl.werkpad.journey.RejectedInputException.Reason.INVALID_INPUT;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werkpad.journey.RejectedInputException;
import nl.werkpad.cijfers.Cijfers.Rapport;
import nl.werkpad.cijfers.Cijfers.Selectie;
import nl.werkpad.region.RegionsProperties.Municipality;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;

/**
 * The managers' figures: {@code GET .../cijfers?van=2026-01-01&tot=2026-12-31&gemeente=0513&uitvoerder=PROMEN}
 * as JSON, {@code .../cijfers/csv} with the same parameters as a CSV file for a spreadsheet. Without a
 * gemeente: all municipalities the user may see; without a period: this year until today. A user sees
 * only the municipalities of their tenants (an administrator all); any other is refused.
 */
public class CijfersResource extends AbstractCockpitPluginResource {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  /** The Participatiewet began in 2015; a period outside these years can only be a typing error. */
  private static final int EERSTE_JAAR = 2000;
  private static final int LAATSTE_JAAR = 2100;

  public CijfersResource(String engineName) {
    super(engineName);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response json(@QueryParam("van") String van, @QueryParam("tot") String tot,
      @QueryParam("gemeente") String gemeente, @QueryParam("uitvoerder") String uitvoerder) {
    CijfersDiensten diensten = CijfersDiensten.get();
    List<Municipality> toegestaan = diensten.toegang.gemeenten(getCurrentAuthentication());
    checkAccess(toegestaan, gemeente);
    Selectie selectie = selectie(toegestaan, van, tot, gemeente, uitvoerder, diensten);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("toegestaneGemeenten", toegestaan.stream()
        .map(m -> Map.of("code", m.code(), "naam", m.name())).toList());
    body.put("rapport", diensten.cijfers.rapport(selectie));
    try {
      return Response.ok(diensten.json.writeValueAsString(body), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cijfers niet te schrijven", e);
    }
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  public Response csv(@QueryParam("van") String van, @QueryParam("tot") String tot,
      @QueryParam("gemeente") String gemeente, @QueryParam("uitvoerder") String uitvoerder) {
    CijfersDiensten diensten = CijfersDiensten.get();
    List<Municipality> toegestaan = diensten.toegang.gemeenten(getCurrentAuthentication());
    checkAccess(toegestaan, gemeente);
    Selectie selectie = selectie(toegestaan, van, tot, gemeente, uitvoerder, diensten);
    Rapport rapport = diensten.cijfers.rapport(selectie);
    String namen = toegestaan.stream().filter(m -> selectie.gemeenten().contains(m.code()))
        .map(Municipality::name).collect(Collectors.joining(", "));
    // checkAccess let only a code of the user's own through: the file name holds nothing else of the request.
    String bestand = "werkpad-cijfers-" + (gemeente == null || gemeente.isBlank() ? "alle" : gemeente)
        + "-" + selectie.van() + "-" + selectie.tot() + ".csv";
    return Response.ok(CijfersCsv.write(rapport, namen), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + bestand + "\"").build();
  }

  /** Refuses a user who may see no municipality, or not the one asked for (answered by RestAnswers). */
  private static void checkAccess(List<Municipality> toegestaan, String gemeente) {
    if (toegestaan.isEmpty()) {
      throw new RejectedInputException(FORBIDDEN, "Je hebt geen toegang tot de cijfers van een gemeente.");
    }
    if (gemeente != null && !gemeente.isBlank() && toegestaan.stream().noneMatch(m -> m.code().equals(gemeente))) {
      throw new RejectedInputException(FORBIDDEN, gemeente.matches("\\d{4}")
          ? "Je hebt geen toegang tot de cijfers van gemeente " + gemeente + "."
          : "'gemeente' is de CBS-code van vier cijfers van een gemeente waarvan je de cijfers mag zien.");
    }
  }

  private static Selectie selectie(List<Municipality> toegestaan, String van, String tot, String gemeente, String uitvoerder,
      CijfersDiensten diensten) {
    LocalDate today = LocalDate.now(diensten.clock.withZone(NL));
    LocalDate from = datum(van, "van", LocalDate.of(today.getYear(), 1, 1));
    LocalDate until = datum(tot, "tot", today);
    if (until.isBefore(from)) {
      throw new RejectedInputException(INVALID_INPUT, "De periode klopt niet: 'tot' ligt voor 'van'.");
    }
    List<String> gemeenten = gemeente == null || gemeente.isBlank()
        ? toegestaan.stream().map(Municipality::code).toList()
        : List.of(gemeente);
    return new Selectie(gemeenten, uitvoerder == null || uitvoerder.isBlank() ? null : uitvoerder, from, until);
  }

  /** A date of the period: an existing day (not 2026-02-30) in the years Werkpad can have figures of. */
  private static LocalDate datum(String value, String name, LocalDate standaard) {
    if (value == null || value.isBlank()) {
      return standaard;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new RejectedInputException(INVALID_INPUT, "'" + name + "' moet een bestaande datum zijn in de vorm JJJJ-MM-DD, "
          + "bijvoorbeeld 2026-01-31.");
    }
    if (date.getYear() < EERSTE_JAAR || date.getYear() > LAATSTE_JAAR) {
      throw new RejectedInputException(INVALID_INPUT, "'" + name + "' moet een datum zijn tussen " + EERSTE_JAAR + " en "
          + LAATSTE_JAAR + ".");
    }
    return date;
  }
}
