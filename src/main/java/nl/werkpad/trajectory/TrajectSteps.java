package nl.werkpad.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.werkpad.journey.Answers;
import nl.werkpad.kernel.ModelApi;
import nl.werkpad.meting.LadderMeting;
import nl.werkpad.meting.Participatieladder;
import nl.werkpad.referral.ReferralRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The steps of the trajectory (bpmn/Trajectory.bpmn) that check answers and record what happened. */
final class TrajectSteps {

  private TrajectSteps() {}

  static final String NIEUW_PLAN = "NIEUW_PLAN";
  static final String DOORGAAN = "DOORGAAN";
  static final String AFRONDEN = "AFRONDEN";
  static final String INSTRUMENT_WIJZIGEN = "INSTRUMENT_WIJZIGEN";
  /** The proposal of EvaluationOutcome that sends the client back to the klantmanager. */
  static final String PLAN_BIJSTELLEN = "PLAN_BIJSTELLEN";
  /** Where the trajectory goes when its running part ends: one of the values above. */
  static final String TRAJECT_VERVOLG = "trajectVervolg";
  static final String UITVOERDER = "uitvoeringsorganisatie";
  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  /** The outcomes that end the journey: uitstroom naar werk by kind, or why it stopped. */
  static final Set<String> EINDUITKOMSTEN = Set.of("WERK_REGULIER", "WERK_LOONKOSTENSUBSIDIE", "WERK_DETACHERING",
      "BESCHUT_WERK", "VERHUISD", "AOW_LEEFTIJD", "GESTOPT");
  private static final int OVERZICHT_REGELS = 12;

  static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(NL));
  }

  /**
   * "Traject starten" and "Instrument wijzigen" ({@code ${trajectStartVastleggen}}): the instrument, its
   * start, the workplace, a taaltraject alongside, and for loonkostensubsidie the loonwaarde with its
   * measurement date and method. Beschut werk always has loonkostensubsidie. As an execution listener it
   * records the instrument a caseload take-over brought along (variable {@code overname}), once.
   */
  @ModelApi
  @Component("trajectStartVastleggen")
  static class Start implements TaskListener, ExecutionListener {

    private final TrajectRecords records;
    private final ReferralRecords referrals;
    private final Clock clock;

    Start(TrajectRecords records, ReferralRecords referrals, Clock clock) {
      this.records = records;
      this.referrals = referrals;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      record(task, task.getExecution().getProcessBusinessKey());
    }

    @Override
    public void notify(DelegateExecution execution) {
      record(execution, execution.getProcessBusinessKey());
      execution.setVariable("overname", false);
    }

    private void record(VariableScope scope, String journey) {
      Answers answers = new Answers(scope);
      LocalDate today = today(clock);
      String instrument = answers.oneOf("instrument", TrajectRegels.INSTRUMENTEN, "het instrument");
      LocalDate start = answers.dateUntil("trajectStartdatum", true, today.plusMonths(3), "de startdatum");
      String werkplek = answers.text("werkplek");
      boolean taaltraject = answers.yes("taaltraject");
      boolean loonkostensubsidie = answers.yes("loonkostensubsidie") || instrument.equals(TrajectRegels.BESCHUT_WERK);
      scope.setVariable("loonkostensubsidie", loonkostensubsidie);
      records.start(journey, (String) scope.getVariable(UITVOERDER), instrument, start, werkplek, taaltraject,
          loonkostensubsidie);
      referrals.trajectGestart(journey, start);
      if (loonkostensubsidie) {
        int loonwaarde = answers.number("loonwaarde", 0, 99, true, "De loonwaarde (procent van het wettelijk minimumloon)");
        LocalDate gemeten = answers.date("loonwaardeMeetdatum", true, today, "de datum van de loonwaardemeting");
        String methode = answers.oneOf("loonwaardeMethode", TrajectRegels.METHODEN, "de methode van de loonwaardemeting");
        records.loonwaarde(journey, gemeten, loonwaarde, methode);
      }
      // Answers of an earlier round of this trajectory must be given again, not found.
      // (One that was never given is not written as empty: each is a row and its history.)
      Stream.of(TRAJECT_VERVOLG, "trajectUitkomst", "termijnVervolg", "stopReden")
          .filter(key -> scope.getVariable(key) != null).forEach(key -> scope.setVariable(key, null));
    }
  }

  /**
   * "Voortgang evalueren" ({@code ${evaluatieVastleggen}}), in the trajectory and the Wsw: when the task is
   * created, the previous evaluation's answers are cleared so the form starts empty; when it completes,
   * the ladder measured again, goals met or not, work found; and for the decision EvaluationOutcome the
   * previous measurement and the months without progress.
   */
  @ModelApi
  @Component("evaluatieVastleggen")
  static class Evaluation implements TaskListener {

    private final TrajectRecords records;
    private final Participatieladder ladder;
    private final Clock clock;

    Evaluation(TrajectRecords records, Participatieladder ladder, Clock clock) {
      this.records = records;
      this.ladder = ladder;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      if (EVENTNAME_CREATE.equals(task.getEventName())) {
        Stream.of("doelenBehaald", "werkGevonden", "evaluatieOpmerkingen").forEach(key -> task.setVariable(key, null));
        return;
      }
      Answers answers = new Answers(task);
      LocalDate today = today(clock);
      String journey = task.getExecution().getProcessBusinessKey();
      int trede = answers.number("participatieladder", 1, 6, true, "De trede op de participatieladder");
      String doelen = answers.oneOf("doelenBehaald", Set.of("JA", "DEELS", "NEE"), "of de doelen zijn behaald");
      boolean werk = answers.yes("werkGevonden");
      String opmerkingen = answers.text("evaluatieOpmerkingen");
      List<LadderMeting> before = ladder.metingen(journey);
      task.setVariable("ladderVorige", before.isEmpty() ? null : before.get(before.size() - 1).getTrede());
      ladder.meet(journey, today, trede, LadderMeting.Bron.EVALUATIE);
      LocalDate since = records.huidigInstrument(journey).map(TrajectInstrument::getStartdatum).orElse(today);
      task.setVariable("maandenZonderVoortgang", (int) ladder.maandenZonderVoortgang(journey, since, today));
      records.evaluatie(journey, today, trede, doelen, werk, opmerkingen);
    }
  }

  /**
   * After "Vervolg voorstellen" ({@code ${evaluatieVoorstelVastleggen}}): the proposal recorded with the
   * evaluation and added to the overview the klantmanager follows; a proposal to adjust the plan is an
   * outcome of the trajectory (back to the klantmanager).
   */
  @ModelApi
  @Component("evaluatieVoorstelVastleggen")
  static class Proposal implements ExecutionListener {

    private final TrajectRecords records;
    private final Clock clock;

    Proposal(TrajectRecords records, Clock clock) {
      this.records = records;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      String journey = execution.getProcessBusinessKey();
      // The decision's result itself: the task's output mapping runs after its end listeners.
      Map<?, ?> uitkomst = (Map<?, ?>) execution.getVariable("evaluatieUitkomst");
      String voorstel = (String) uitkomst.get("vervolg");
      String reden = (String) uitkomst.get("reden");
      records.voorstel(journey, voorstel, reden);
      // On the trajectory, not the running part that may end now: the klantmanager and the closing read them.
      execution.getProcessInstance().setVariable("evaluatieVoorstel", voorstel);
      execution.getProcessInstance().setVariable("evaluatieVoorstelReden", reden);
      execution.setVariable("evaluatieOverzicht", overzicht(records.evaluaties(journey)));
      if (PLAN_BIJSTELLEN.equals(voorstel)) {
        records.uitkomst(journey, (String) execution.getVariable(UITVOERDER), today(clock), NIEUW_PLAN, reden,
            (String) execution.getVariable("evaluatieOpmerkingen"));
        execution.setVariable(TRAJECT_VERVOLG, NIEUW_PLAN);
      } else if (AFRONDEN.equals(voorstel)) {
        execution.setVariable(TRAJECT_VERVOLG, AFRONDEN);
      }
    }

    /** The latest evaluations, newest first, one line each: what the klantmanager sees. */
    static String overzicht(List<Evaluatie> evaluaties) {
      List<String> lines = new ArrayList<>();
      for (int i = evaluaties.size() - 1; i >= 0 && lines.size() < OVERZICHT_REGELS; i--) {
        Evaluatie e = evaluaties.get(i);
        lines.add(e.getGeevalueerdOp() + ": trede " + e.getTrede() + ", doelen " + e.getDoelenBehaald().toLowerCase()
            + ", voorstel " + (e.getVoorstel() == null ? "-" : e.getVoorstel().toLowerCase().replace('_', ' '))
            + (e.getOpmerkingen() == null || e.getOpmerkingen().isBlank() ? "" : " – " + e.getOpmerkingen()));
      }
      return String.join("\n", lines);
    }
  }

  /**
   * "Einde termijn: vervolg bepalen" ({@code ${termijnBesluit}}): extend (a participatieplaats, twice
   * by a year at most), change instrument, or finish.
   */
  @ModelApi
  @Component("termijnBesluit")
  static class Term implements TaskListener {

    private final TrajectRecords records;

    Term(TrajectRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
      String keuze = new Answers(task).oneOf("termijnVervolg", Set.of("VERLENGEN", INSTRUMENT_WIJZIGEN, AFRONDEN),
          "het vervolg na de termijn");
      String journey = task.getExecution().getProcessBusinessKey();
      if (keuze.equals("VERLENGEN")) {
        TrajectInstrument current = records.huidigInstrument(journey).orElseThrow();
        if (!TrajectRegels.PARTICIPATIEPLAATS.equals(current.getInstrument())
            || current.getVerlengingen() >= TrajectRegels.MAX_VERLENGINGEN) {
          throw Answers.refused("Verlengen kan alleen bij een participatieplaats, en ten hoogste twee keer met een jaar. "
              + "Kies een ander instrument of rond het traject af.");
        }
        records.verleng(journey);
      } else {
        task.setVariable(TRAJECT_VERVOLG, keuze);
      }
    }
  }

  /** "Loonwaarde opnieuw meten" ({@code ${loonwaardeVastleggen}}). */
  @ModelApi
  @Component("loonwaardeVastleggen")
  static class Loonwaarde implements TaskListener {

    private final TrajectRecords records;
    private final Clock clock;

    Loonwaarde(TrajectRecords records, Clock clock) {
      this.records = records;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      Answers answers = new Answers(task);
      int loonwaarde = answers.number("loonwaarde", 0, 100, true, "De loonwaarde (procent van het wettelijk minimumloon)");
      LocalDate gemeten = answers.date("loonwaardeMeetdatum", true, today(clock), "de datum van de loonwaardemeting");
      String methode = answers.oneOf("loonwaardeMethode", TrajectRegels.METHODEN, "de methode van de loonwaardemeting");
      records.loonwaarde(task.getExecution().getProcessBusinessKey(), gemeten, loonwaarde, methode);
    }
  }

  /** "Scholing aanbieden" ({@code ${scholingVastleggen}}): when and what was offered. */
  @ModelApi
  @Component("scholingVastleggen")
  static class Schooling implements TaskListener {

    private final TrajectRecords records;
    private final Clock clock;

    Schooling(TrajectRecords records, Clock clock) {
      this.records = records;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      Answers answers = new Answers(task);
      LocalDate op = answers.date("scholingAangebodenOp", true, today(clock), "de datum waarop scholing is aangeboden");
      String wat = answers.requiredText("scholingToelichting", "welke scholing is aangeboden en wat de klant ervan vond");
      records.scholingAangeboden(task.getExecution().getProcessBusinessKey(), op, wat);
    }
  }

  /**
   * "Traject afronden" ({@code ${trajectAfronding}}) by the trajectbegeleider, and "Traject volgen of
   * stoppen" ({@code ${trajectStoppen}}) by the klantmanager: the outcome, recorded with its date; an
   * outcome that ends the journey becomes the journey's uitkomst, so the closing needs no second task.
   */
  @ModelApi
  @Component("trajectAfronding")
  static class Finish implements TaskListener {

    static final Set<String> KEUZES = Stream.concat(EINDUITKOMSTEN.stream(), Stream.of(NIEUW_PLAN, DOORGAAN))
        .collect(Collectors.toUnmodifiableSet());

    private final TrajectRecords records;
    private final Clock clock;

    Finish(TrajectRecords records, Clock clock) {
      this.records = records;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      String uitkomst = new Answers(task).oneOf("trajectUitkomst", KEUZES, "de uitkomst van het traject");
      if (!uitkomst.equals(DOORGAAN)) {
        record(task, uitkomst, records, clock);
      }
    }

    static void record(DelegateTask task, String uitkomst, TrajectRecords records, Clock clock) {
      Answers answers = new Answers(task);
      String reden = uitkomst.equals("GESTOPT") || uitkomst.equals(NIEUW_PLAN)
          ? answers.requiredText("stopReden", uitkomst.equals(NIEUW_PLAN) ? "waarom het plan wordt bijgesteld" : "de reden om te stoppen")
          : null;
      LocalDate op = answers.date("uitkomstDatum", true, today(clock), "de datum van de uitkomst");
      String toelichting = answers.text("afsluitToelichting");
      records.uitkomst(task.getExecution().getProcessBusinessKey(), (String) task.getVariable(UITVOERDER), op, uitkomst,
          reden, toelichting);
      if (uitkomst.equals(NIEUW_PLAN)) {
        task.setVariable(TRAJECT_VERVOLG, NIEUW_PLAN);
      } else {
        task.setVariable("uitkomst", uitkomst);
        task.setVariable("uitkomstVastgesteld", true);
      }
    }
  }

  /** "Traject volgen of stoppen" ({@code ${trajectStoppen}}): completing it stops the trajectory. */
  @ModelApi
  @Component("trajectStoppen")
  static class Stop implements TaskListener {

    private final TrajectRecords records;
    private final Clock clock;

    Stop(TrajectRecords records, Clock clock) {
      this.records = records;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      String uitkomst = new Answers(task).oneOf("trajectUitkomst", EINDUITKOMSTEN, "waarom het traject stopt");
      Finish.record(task, uitkomst, records, clock);
    }
  }
}
