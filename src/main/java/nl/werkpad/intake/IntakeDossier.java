package nl.werkpad.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The client dossier of a journey's intake: who the person is (from the BRP), the zaak, the answers of
 * the brede intake, the route proposed and chosen with their reasons, and the plan van aanpak. The
 * record of the intake lives here, not only in process variables. Holds personal data: never log it.
 */
@Entity
@Table(name = "wp_intake_dossier")
public class IntakeDossier {

  @Id
  @Column(name = "journey_id")
  private Long journeyId;

  @Column(length = 200)
  private String naam;

  private LocalDate geboortedatum;

  @Column(length = 300)
  private String adres;

  @Column(nullable = false)
  private boolean geheimhouding;

  @Column(name = "gemeente_van_inschrijving", length = 4)
  private String gemeenteVanInschrijving;

  @Column(length = 64)
  private String zaaknummer;

  private Integer participatieladder;

  private Boolean arbeidsvermogen;

  @Column(name = "route_voorgesteld", length = 40)
  private String routeVoorgesteld;

  @Column(name = "route_reden", length = 500)
  private String routeReden;

  @Column(name = "route_gekozen", length = 40)
  private String routeGekozen;

  @Column(name = "route_afwijking_reden", length = 2000)
  private String routeAfwijkingReden;

  @Column(length = 4000)
  private String doelen;

  @Column(name = "evaluatie_interval_maanden")
  private Integer evaluatieIntervalMaanden;

  private Boolean taaltraject;

  /** All answers of the brede intake, as JSON: the form may grow without a schema change. */
  @Column(length = 10000)
  private String antwoorden;

  @Column(name = "bijgewerkt_op", nullable = false)
  private Instant bijgewerktOp;

  /** When the first plan van aanpak was set, and how many days after the aanmelding. */
  @Column(name = "plan_vastgesteld_op")
  private Instant planVastgesteldOp;

  @Column(name = "dagen_tot_plan")
  private Integer dagenTotPlan;

  protected IntakeDossier() {}

  IntakeDossier(Long journeyId) {
    this.journeyId = journeyId;
  }

  void persoon(String naam, LocalDate geboortedatum, String adres, boolean geheimhouding, String gemeenteVanInschrijving) {
    this.naam = naam;
    this.geboortedatum = geboortedatum;
    this.adres = adres;
    this.geheimhouding = geheimhouding;
    this.gemeenteVanInschrijving = gemeenteVanInschrijving;
  }

  void zaak(String zaaknummer) {
    this.zaaknummer = zaaknummer;
  }

  void bredeIntake(Integer participatieladder, boolean arbeidsvermogen, String antwoordenJson) {
    this.participatieladder = participatieladder;
    this.arbeidsvermogen = arbeidsvermogen;
    this.antwoorden = antwoordenJson;
  }

  void routeVoorstel(String route, String reden) {
    this.routeVoorgesteld = route;
    this.routeReden = reden;
  }

  void plan(String routeGekozen, String afwijkingReden, String doelen, int evaluatieIntervalMaanden, boolean taaltraject) {
    this.routeGekozen = routeGekozen;
    this.routeAfwijkingReden = afwijkingReden;
    this.doelen = doelen;
    this.evaluatieIntervalMaanden = evaluatieIntervalMaanden;
    this.taaltraject = taaltraject;
  }

  void planVastgesteld(Instant aanmelding, Instant op) {
    if (planVastgesteldOp == null) {
      planVastgesteldOp = op;
      dagenTotPlan = (int) Duration.between(aanmelding, op).toDays();
    }
  }

  void touched(Instant at) {
    this.bijgewerktOp = at;
  }

  public String getNaam() {
    return naam;
  }

  public String getZaaknummer() {
    return zaaknummer;
  }

  public Integer getParticipatieladder() {
    return participatieladder;
  }

  public Boolean getArbeidsvermogen() {
    return arbeidsvermogen;
  }

  public String getRouteVoorgesteld() {
    return routeVoorgesteld;
  }

  public String getRouteReden() {
    return routeReden;
  }

  public String getRouteGekozen() {
    return routeGekozen;
  }

  public String getRouteAfwijkingReden() {
    return routeAfwijkingReden;
  }

  public String getDoelen() {
    return doelen;
  }

  public Integer getEvaluatieIntervalMaanden() {
    return evaluatieIntervalMaanden;
  }

  public Boolean getTaaltraject() {
    return taaltraject;
  }

  public Integer getDagenTotPlan() {
    return dagenTotPlan;
  }

  public String getAntwoorden() {
    return antwoorden;
  }
}
