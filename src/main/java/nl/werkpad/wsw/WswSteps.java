package nl.werkpad.wsw;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import nl.werkpad.journey.Answers;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.uwv.UwvGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The steps of a Wsw dienstverband (bpmn/WswDienstverband.bpmn) that check answers and record them. */
final class WswSteps {

  private WswSteps() {}

  static final Set<String> CATEGORIEEN = Set.of("MATIG", "ERNSTIG");
  /** Intern at the SW-bedrijf, seconded in a group or alone, or begeleid werken with a regular employer. */
  static final Set<String> WERKVORMEN = Set.of("INTERN", "GROEPSDETACHERING", "INDIVIDUELE_DETACHERING", "BEGELEID_WERKEN");
  static final Set<String> EINDE_REDENEN = Set.of("ONTSLAG", "OVERLIJDEN", "VERTREK");
  static final String EINDE = "dienstverbandEinde";
  static final String EINDE_DATUM = "dienstverbandEindeDatum";
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(NL));
  }

  /** The work form and, unless the employee works internally, the employer. */
  static String werkgever(Answers answers, String werkvorm) {
    return werkvorm.equals("INTERN") ? answers.text("werkgever")
        : answers.requiredText("werkgever", "de werkgever waar de medewerker werkt");
  }

  /** The start form ({@code ${wswStart}}): the indication, the work form and the employer. */
  @ModelApi
  @Component("wswStart")
  static class Start implements ExecutionListener {

    private final WswRecords records;
    private final Clock clock;

    Start(WswRecords records, Clock clock) {
      this.records = records;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      Answers answers = new Answers(execution);
      LocalDate today = today(clock);
      String categorie = answers.oneOf("wswIndicatieCategorie", CATEGORIEEN, "de categorie van de indicatie: matig of ernstig");
      LocalDate einddatum = answers.dateUntil("wswIndicatieEinddatum", true, today.plusYears(50),
          "de einddatum van de indicatie");
      String werkvorm = answers.oneOf("werkvorm", WERKVORMEN, "de werkvorm");
      String werkgever = werkgever(answers, werkvorm);
      LocalDate ingang = answers.date("dienstverbandIngangsdatum", false, today, "de ingangsdatum van het dienstverband");
      records.start(execution.getProcessBusinessKey(), categorie, einddatum, werkvorm, werkgever, ingang, today);
    }
  }

  /** After "Uitvoerder opzoeken" ({@code ${wswUitvoerderVastleggen}}): who carries out the Wsw. */
  @ModelApi
  @Component("wswUitvoerderVastleggen")
  static class Uitvoerder implements ExecutionListener {

    private final WswRecords records;

    Uitvoerder(WswRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution execution) {
      records.uitvoerder(execution.getProcessBusinessKey(), (String) execution.getVariable("uitvoeringsorganisatie"));
    }
  }

  /**
   * "Dienstverband volgen" ({@code ${wswWijziging}}): a change of work form, recorded as it happens, or
   * the end of the dienstverband (ontslag, overlijden, vertrek).
   */
  @ModelApi
  @Component("wswWijziging")
  static class Change implements TaskListener {

    private final WswRecords records;
    private final Clock clock;

    Change(WswRecords records, Clock clock) {
      this.records = records;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      Answers answers = new Answers(task);
      LocalDate today = today(clock);
      String actie = answers.oneOf("dienstverbandActie", Set.of("WERKVORM_WIJZIGEN", "BEEINDIGEN"),
          "of de werkvorm wijzigt of het dienstverband eindigt");
      if (actie.equals("WERKVORM_WIJZIGEN")) {
        String werkvorm = answers.oneOf("werkvorm", WERKVORMEN, "de werkvorm");
        String werkgever = werkgever(answers, werkvorm);
        LocalDate vanaf = answers.dateUntil("werkvormVanaf", true, today.plusMonths(3), "de datum van de nieuwe werkvorm");
        records.werkvorm(task.getExecution().getProcessBusinessKey(), werkvorm, werkgever, vanaf);
      } else {
        task.setVariable(EINDE, answers.oneOf("eindeReden", EINDE_REDENEN, "de reden van het einde"));
        task.setVariable(EINDE_DATUM, answers.date("eindeDatum", true, today, "de datum van het einde").toString());
      }
    }
  }

  /** "Herindicatie aanvragen" ({@code ${wswHerindicatieAanvraag}}): the request through the UWV port. */
  @ModelApi
  @Component("wswHerindicatieAanvraag")
  static class Request implements JavaDelegate {

    private final UwvGateway uwv;
    private final WswRecords records;
    private final Clock clock;

    Request(UwvGateway uwv, WswRecords records, Clock clock) {
      this.uwv = uwv;
      this.records = records;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String journey = execution.getProcessBusinessKey();
      UwvGateway.Request request = uwv.request(UwvGateway.Kind.HERINDICATIE_WSW, journey,
          (String) execution.getVariable(JourneyVariables.WOONGEMEENTE), (String) execution.getVariable(JourneyVariables.BSN),
          today(clock));
      records.herindicatieGevraagd(journey);
      if (request.delivery() == UwvGateway.Delivery.VERZONDEN) {
        records.herindicatieVerstuurd(journey, today(clock));
      }
      execution.setVariable("uwvAanvraagKenmerk", request.kenmerk());
      execution.setVariable("uwvVerzending", request.delivery().name());
    }
  }

  /** "Herindicatie aanvragen bij UWV" ({@code ${wswHerindicatieVerstuurd}}): the day the request went. */
  @ModelApi
  @Component("wswHerindicatieVerstuurd")
  static class Sent implements TaskListener {

    private final WswRecords records;
    private final Clock clock;

    Sent(WswRecords records, Clock clock) {
      this.records = records;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      LocalDate op = new Answers(task).date("herindicatieAangevraagdOp", true, today(clock),
          "de datum waarop de aanvraag naar UWV is verstuurd");
      records.herindicatieVerstuurd(task.getExecution().getProcessBusinessKey(), op);
    }
  }

  /**
   * "Besluit herindicatie registreren" ({@code ${wswHerindicatieBesluit}}): continued, with a new end
   * date after the current one and a category, or not continued, which ends the dienstverband.
   */
  @ModelApi
  @Component("wswHerindicatieBesluit")
  static class Decision implements TaskListener {

    private final WswRecords records;
    private final Clock clock;

    Decision(WswRecords records, Clock clock) {
      this.records = records;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      Answers answers = new Answers(task);
      LocalDate today = today(clock);
      String journey = task.getExecution().getProcessBusinessKey();
      String besluit = answers.oneOf("herindicatieBesluit", Set.of("VOORTGEZET", "NIET_VOORTGEZET"),
          "het besluit van UWV: voortgezet of niet");
      LocalDate datum = answers.date("herindicatieBesluitDatum", true, today, "de datum van het besluit van UWV");
      LocalDate huidigeEinddatum = records.dienstverband(journey).getIndicatieEinddatum();
      if (besluit.equals("VOORTGEZET")) {
        LocalDate nieuw = answers.dateUntil("wswIndicatieEinddatum", true, today.plusYears(50),
            "de nieuwe einddatum van de indicatie");
        if (!nieuw.isAfter(huidigeEinddatum)) {
          throw Answers.refused("De nieuwe einddatum moet na de huidige einddatum (" + huidigeEinddatum + ") liggen.");
        }
        String categorie = answers.oneOf("wswIndicatieCategorie", CATEGORIEEN, "de categorie van de indicatie: matig of ernstig");
        records.herindicatieBesluit(journey, besluit, datum, nieuw, categorie);
      } else {
        records.herindicatieBesluit(journey, besluit, datum, null, null);
        task.setVariable(EINDE, "INDICATIE_VERVALLEN");
        task.setVariable(EINDE_DATUM, huidigeEinddatum.toString());
      }
    }
  }

  /**
   * "Dienstverband beëindigen" ({@code ${wswEinde}}): the end and its reason recorded; the reason is
   * the journey's outcome.
   */
  @ModelApi
  @Component("wswEinde")
  static class End implements JavaDelegate {

    private final WswRecords records;
    private final Clock clock;

    End(WswRecords records, Clock clock) {
      this.records = records;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String reden = (String) execution.getVariable(EINDE);
      Object datum = execution.getVariable(EINDE_DATUM);
      records.beeindigd(execution.getProcessBusinessKey(), datum == null ? today(clock) : LocalDate.parse(datum.toString()),
          reden);
      execution.setVariable(JourneyVariables.UITKOMST, reden);
    }
  }
}
