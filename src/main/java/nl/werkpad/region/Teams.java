package nl.werkpad.region;

import nl.werkpad.kernel.ModelApi;
import org.springframework.stereotype.Component;

/** Candidate groups for the models: {@code ${teams.klantmanagers(woongemeente)}}. */
@Component("teams")
public class Teams {

  @ModelApi
  public String klantmanagers(String woongemeente) {
    return Regions.klantmanagersGroup(woongemeente);
  }

  @ModelApi
  public String managers(String woongemeente) {
    return Regions.managersGroup(woongemeente);
  }

  @ModelApi
  public String trajectbegeleiders(String woongemeente, String uitvoeringsorganisatie) {
    return Regions.trajectbegeleidersGroup(woongemeente, uitvoeringsorganisatie);
  }
}
