package nl.werkpad.region;

import org.springframework.stereotype.Component;

/** Candidate groups for the models: {@code ${teams.klantmanagers(woongemeente)}}. */
@Component("teams")
public class Teams {

  public String klantmanagers(String woongemeente) {
    return Regions.klantmanagersGroup(woongemeente);
  }

  public String managers(String woongemeente) {
    return Regions.managersGroup(woongemeente);
  }

  public String trajectbegeleiders(String woongemeente, String uitvoeringsorganisatie) {
    return Regions.trajectbegeleidersGroup(woongemeente, uitvoeringsorganisatie);
  }
}
