package nl.werkpad.beschutwerk;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkpad.journey.Answers;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.uwv.UwvGateway;
import nl.werkpad.uwv.UwvGateway.Request;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Component;

/** The steps of the beschut werk process (bpmn/BeschutWerk.bpmn) that record or check something. */
final class BeschutWerkSteps {

  private BeschutWerkSteps() {}

  static final String UWV_ADVIES = "uwvAdvies";
  static final String UWV_ADVIES_DATUM = "uwvAdviesDatum";
  static final String AANGEVRAAGD_OP = "uwvAdviesAangevraagdOp";
  static final String BESLUIT = "beschutWerkBesluit";
  static final String REDEN = "beschutWerkReden";
  static final String BOVEN_TAAKSTELLING = "bovenTaakstelling";

  /** "Advies aanvragen bij UWV" ({@code ${uwvAdviesAanvraag}}): the request through the UWV port. */
  @ModelApi
  @Component("uwvAdviesAanvraag")
  static class AdviceRequest implements JavaDelegate {

    private final UwvGateway uwv;
    private final BeschutWerkRecords records;
    private final BeschutWerk beschutWerk;

    AdviceRequest(UwvGateway uwv, BeschutWerkRecords records, BeschutWerk beschutWerk) {
      this.uwv = uwv;
      this.records = records;
      this.beschutWerk = beschutWerk;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String journey = execution.getProcessBusinessKey();
      LocalDate today = beschutWerk.today();
      Request request = uwv.request(UwvGateway.Kind.ADVIES_BESCHUT_WERK, journey,
          (String) execution.getVariable(JourneyVariables.WOONGEMEENTE),
          (String) execution.getVariable(JourneyVariables.BSN), today);
      LocalDate sent = request.delivery() == UwvGateway.Delivery.VERZONDEN ? today : null;
      execution.setVariable("uwvAanvraagKenmerk", request.kenmerk());
      execution.setVariable("uwvVerzending", request.delivery().name());
      execution.setVariable(AANGEVRAAGD_OP, sent == null ? null : sent.toString());
      // A new round: an earlier advice (negative, over 12 months old) is no longer the answer.
      execution.setVariable(UWV_ADVIES, null);
      execution.setVariable(UWV_ADVIES_DATUM, null);
      records.update(journey, dossier -> dossier.adviesGevraagd(request.kenmerk(), sent));
    }
  }

  /** "Adviesaanvraag naar UWV sturen" ({@code ${uwvAanvraagVerstuurd}}): the day it went starts UWV's term. */
  @ModelApi
  @Component("uwvAanvraagVerstuurd")
  static class RequestSent implements TaskListener {

    private final BeschutWerkRecords records;
    private final BeschutWerk beschutWerk;

    RequestSent(BeschutWerkRecords records, BeschutWerk beschutWerk) {
      this.records = records;
      this.beschutWerk = beschutWerk;
    }

    @Override
    public void notify(DelegateTask task) {
      LocalDate sent = new Answers(task).date(AANGEVRAAGD_OP, true, beschutWerk.today(),
          "de datum waarop de aanvraag naar UWV is verstuurd");
      records.update(task.getExecution().getProcessBusinessKey(), dossier -> dossier.verzonden(sent));
    }
  }

  /**
   * UWV's advice ({@code ${uwvAdviesOntvangen}}), however it arrives: registered by the klantmanager from the
   * letter ("UWV-advies registreren"), or as the message UwvAdviesBeschutWerk from an integration, either
   * for a journey that waits for it or, when the person asked UWV themselves, as the start of a journey.
   * An advice that does not hold is refused and nothing is recorded; the message's sender gets a precise
   * answer naming the variable.
   */
  @ModelApi
  @Component("uwvAdviesOntvangen")
  static class AdviceReceived implements TaskListener, ExecutionListener {

    private static final Set<String> ADVIEZEN = Set.of("POSITIEF", "NEGATIEF");

    private final BeschutWerkRecords records;
    private final BeschutWerk beschutWerk;

    AdviceReceived(BeschutWerkRecords records, BeschutWerk beschutWerk) {
      this.records = records;
      this.beschutWerk = beschutWerk;
    }

    @Override
    public void notify(DelegateTask task) {
      Answers answers = new Answers(task);
      String advies = answers.oneOf(UWV_ADVIES, ADVIEZEN, "het advies van UWV: positief of negatief");
      LocalDate datum = answers.date(UWV_ADVIES_DATUM, true, beschutWerk.today(), "de datum van het UWV-advies");
      record(task, task.getExecution().getProcessBusinessKey(), advies, datum, false);
    }

    @Override
    public void notify(DelegateExecution execution) {
      Object advies = execution.getVariable(UWV_ADVIES);
      if (advies == null || !ADVIEZEN.contains(advies.toString())) {
        throw Answers.refused("uwvAdvies moet POSITIEF of NEGATIEF zijn.");
      }
      LocalDate datum;
      try {
        datum = LocalDate.parse(String.valueOf(execution.getVariable(UWV_ADVIES_DATUM)));
      } catch (java.time.format.DateTimeParseException e) {
        throw Answers.refused("uwvAdviesDatum moet een datum zijn in de vorm JJJJ-MM-DD.");
      }
      if (datum.isAfter(beschutWerk.today())) {
        throw Answers.refused("uwvAdviesDatum ligt in de toekomst.");
      }
      // An advice that starts a journey is one the person asked UWV for themselves.
      boolean zelfAangevraagd = execution.getBpmnModelElementInstance() instanceof StartEvent;
      record(execution, execution.getProcessBusinessKey(), advies.toString(), datum, zelfAangevraagd);
    }

    private void record(VariableScope scope, String journey, String advies, LocalDate datum, boolean zelfAangevraagd) {
      Object aangevraagdOp = scope.getVariable(AANGEVRAAGD_OP);
      if (aangevraagdOp != null && datum.isBefore(LocalDate.parse(aangevraagdOp.toString()))) {
        throw Answers.refused("Het UWV-advies is gedateerd vóór de aanvraag van " + aangevraagdOp
            + ": controleer de datum.");
      }
      scope.setVariable(UWV_ADVIES_DATUM, datum.toString());
      if (advies.equals("POSITIEF")) {
        scope.setVariable("doelgroepregister", false);
      }
      records.update(journey, dossier -> dossier.advies(advies, datum, zelfAangevraagd));
    }
  }

  /** "Op de wachtlijst zetten" ({@code ${beschutWerkWachtlijst}}): waits in order of the advice date. */
  @ModelApi
  @Component("beschutWerkWachtlijst")
  static class OntoWaitingList implements JavaDelegate {

    private final BeschutWerkRecords records;
    private final BeschutWerk beschutWerk;

    OntoWaitingList(BeschutWerkRecords records, BeschutWerk beschutWerk) {
      this.records = records;
      this.beschutWerk = beschutWerk;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String reden = (String) execution.getVariable(REDEN);
      records.update(execution.getProcessBusinessKey(), dossier -> dossier.opWachtlijst(reden, beschutWerk.today()));
    }
  }

  /** "Vrije plaats zoeken" ({@code ${beschutWerkPlaatsZoeken}}): sets {@code plaatsVrij}. */
  @ModelApi
  @Component("beschutWerkPlaatsZoeken")
  static class PlaceSearch implements JavaDelegate {

    private final BeschutWerkRecords records;
    private final Taakstelling taakstelling;
    private final BeschutWerk beschutWerk;

    PlaceSearch(BeschutWerkRecords records, Taakstelling taakstelling, BeschutWerk beschutWerk) {
      this.records = records;
      this.taakstelling = taakstelling;
      this.beschutWerk = beschutWerk;
    }

    @Override
    public void execute(DelegateExecution execution) {
      BeschutWerkDossier dossier = records.find(execution.getProcessBusinessKey()).orElseThrow();
      execution.setVariable("plaatsVrij", taakstelling.plaatsVoor(dossier, beschutWerk.today()));
    }
  }

  /** "Op de wachtlijst beschut werk" completed ({@code ${beschutWerkBovenTaakstelling}}): placed above the number. */
  @ModelApi
  @Component("beschutWerkBovenTaakstelling")
  static class AboveTaakstelling implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
      new Answers(task).requiredText("bovenTaakstellingReden", "de reden om boven de taakstelling te plaatsen");
      task.setVariable(BOVEN_TAAKSTELLING, true);
    }
  }

  /** "Plaats toekennen" ({@code ${beschutWerkToekenning}}): the place counts for this year from now. */
  @ModelApi
  @Component("beschutWerkToekenning")
  static class Grant implements JavaDelegate {

    private final BeschutWerkRecords records;
    private final BeschutWerk beschutWerk;

    Grant(BeschutWerkRecords records, BeschutWerk beschutWerk) {
      this.records = records;
      this.beschutWerk = beschutWerk;
    }

    @Override
    public void execute(DelegateExecution execution) {
      boolean boven = Boolean.TRUE.equals(execution.getVariable(BOVEN_TAAKSTELLING));
      if ("WACHTLIJST".equals(execution.getVariable(BESLUIT))) {
        execution.setVariable(REDEN, boven
            ? "UWV heeft positief geadviseerd. Het afgesproken aantal plaatsen van dit jaar is bereikt, maar de gemeente biedt u toch beschut werk aan."
            : "UWV heeft positief geadviseerd en er is nu een plaats voor u vrij. De gemeente biedt u beschut werk aan.");
      }
      execution.setVariable(BESLUIT, "TOEKENNEN");
      String reden = (String) execution.getVariable(REDEN);
      records.update(execution.getProcessBusinessKey(), dossier -> dossier.toegekend(reden, beschutWerk.today(), boven));
    }
  }

  /** "Besluit beschut werk vastleggen" ({@code ${beschutWerkBesluitVastleggen}}): the decision's date and the hours. */
  @ModelApi
  @Component("beschutWerkBesluitVastleggen")
  static class Decision implements TaskListener {

    private final BeschutWerkRecords records;
    private final BeschutWerk beschutWerk;

    Decision(BeschutWerkRecords records, BeschutWerk beschutWerk) {
      this.records = records;
      this.beschutWerk = beschutWerk;
    }

    @Override
    public void notify(DelegateTask task) {
      Answers answers = new Answers(task);
      LocalDate datum = answers.date("besluitDatum", true, beschutWerk.today(), "de datum van het besluit");
      Integer uren = answers.number("urenPerWeek", 1, 40, true, "Het aantal uren per week");
      String toelichting = answers.text("besluitToelichting");
      records.update(task.getExecution().getProcessBusinessKey(),
          dossier -> dossier.besluitVastgelegd(datum, uren, toelichting));
    }
  }

  /**
   * "Afwijzing beschut werk vastleggen" ({@code ${beschutWerkAfwijzing}}): the decision's date, the route
   * the client follows instead, and when the rejection comes back: after 12 months, unless its ground
   * does not change (AOW age, Wsw indication).
   */
  @ModelApi
  @Component("beschutWerkAfwijzing")
  static class Rejection implements TaskListener {

    static final Set<String> ANDERE_ROUTES = JourneyVariables.ROUTES.stream()
        .filter(route -> !route.equals(JourneyVariables.BESCHUT_WERK)).collect(Collectors.toUnmodifiableSet());

    private final BeschutWerkRecords records;
    private final BeschutWerk beschutWerk;

    Rejection(BeschutWerkRecords records, BeschutWerk beschutWerk) {
      this.records = records;
      this.beschutWerk = beschutWerk;
    }

    @Override
    public void notify(DelegateTask task) {
      Answers answers = new Answers(task);
      LocalDate datum = answers.date("besluitDatum", true, beschutWerk.today(), "de datum van het besluit");
      answers.oneOf(JourneyVariables.ROUTE, ANDERE_ROUTES, "de route die de klant nu volgt (niet beschut werk)");
      String toelichting = answers.text("besluitToelichting");
      String reden = (String) task.getVariable(REDEN);
      boolean blijvend = beschutWerk.aowLeeftijdBereikt(task.getVariable("geboortedatum"))
          || Boolean.TRUE.equals(task.getVariable("wswIndicatie"));
      task.setVariable("beschutWerkHerinneringOp", blijvend ? null : beschutWerk.herinneringNaAfwijzing(datum));
      records.update(task.getExecution().getProcessBusinessKey(), dossier -> dossier.afgewezen(reden, datum, toelichting));
    }
  }

  /** "Beschut werk opnieuw bekijken" ({@code ${beschutWerkHeroverweging}}): what was agreed with the client. */
  @ModelApi
  @Component("beschutWerkHeroverweging")
  static class Reconsideration implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
      new Answers(task).requiredText("heroverwegingConclusie", "de afspraak met de klant");
    }
  }
}
