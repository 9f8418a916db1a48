package nl.werkpad.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.person.Person;
import nl.werkpad.person.PersonRegistry;
import nl.werkpad.region.Regions;
import nl.werkpad.region.RegionsProperties.Municipality;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Persoon opvragen (BRP)" ({@code ${personLookup}}): the person's registered data, so the
 * klantmanager sees them instead of typing them. An outage of the registry throws, the job retries and
 * then raises an incident; nothing the klantmanager did is lost.
 */
@ModelApi
@Component("personLookup")
public class PersonLookup implements JavaDelegate {

  /** Under 27 the zoektermijn applies (Participatiewet art. 41 lid 4). */
  static final int ZOEKTERMIJN_LEEFTIJD = 27;

  private final PersonRegistry registry;
  private final Regions regions;
  private final IntakeDossiers dossiers;
  private final Clock clock;

  PersonLookup(PersonRegistry registry, Regions regions, IntakeDossiers dossiers, Clock clock) {
    this.registry = registry;
    this.regions = regions;
    this.dossiers = dossiers;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String woongemeente = (String) execution.getVariable(JourneyVariables.WOONGEMEENTE);
    Optional<Person> found = registry.find((String) execution.getVariable(JourneyVariables.BSN), woongemeente);
    execution.setVariable(IntakeVariables.PERSOON_GEVONDEN, found.isPresent());
    found.ifPresent(person -> record(execution, woongemeente, person));
  }

  private void record(DelegateExecution execution, String woongemeente, Person person) {
    Integer leeftijd = person.leeftijdOp(LocalDate.now(clock));
    String adres = person.adres() == null ? null : person.adres().regel();
    String ingeschrevenIn = person.gemeenteVanInschrijving();
    execution.setVariable(IntakeVariables.PERSOON_NAAM, person.naam());
    execution.setVariable(IntakeVariables.GEBOORTEDATUM,
        person.geboortedatum() == null ? null : person.geboortedatum().toString());
    execution.setVariable(IntakeVariables.LEEFTIJD, leeftijd);
    execution.setVariable(IntakeVariables.JONGER_DAN_27, leeftijd != null && leeftijd < ZOEKTERMIJN_LEEFTIJD);
    execution.setVariable(IntakeVariables.ADRES, adres);
    execution.setVariable(IntakeVariables.GEHEIMHOUDING, person.geheimhouding());
    execution.setVariable(IntakeVariables.GEMEENTE_VAN_INSCHRIJVING, ingeschrevenIn);
    execution.setVariable(IntakeVariables.GEMEENTE_VAN_INSCHRIJVING_NAAM,
        regions.municipality(ingeschrevenIn).map(Municipality::name).orElse(ingeschrevenIn));
    execution.setVariable(IntakeVariables.INGESCHREVEN_IN_WOONGEMEENTE, woongemeente.equals(ingeschrevenIn));
    dossiers.update(execution.getProcessBusinessKey(),
        dossier -> dossier.persoon(person.naam(), person.geboortedatum(), adres, person.geheimhouding(), ingeschrevenIn));
  }
}
