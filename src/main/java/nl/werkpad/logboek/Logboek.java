package nl.werkpad.logboek;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkpad.journey.Journey;
import nl.werkpad.journey.JourneyRepository;
import nl.werkpad.kernel.TraceContext;
import nl.werkpad.logboek.Verwerking.Handeling;
import nl.werkpad.logboek.Verwerking.Resultaat;
import nl.werkpad.logboek.Verwerkingsactiviteiten.Activiteit;
import nl.werkpad.person.Bevraging;
import nl.werkpad.region.Regions;
import nl.werkpad.region.TenantSync;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The processing log (logboek dataverwerkingen, after Logius' standard, as far as it fits one
 * application): every processing of a person's data by a user, a koppeling or Werkpad itself becomes a
 * record of who, what, whose, when, why and with which result ({@link Verwerking}). Records are added,
 * never changed; the sealer chains them ({@link Verzegeling}). The BSN is stored for the privacy officer
 * to search by, and never written to a log line.
 */
@Component
public class Logboek {

  private final VerwerkingRepository verwerkingen;
  private final Verwerkingsactiviteiten register;
  private final JourneyRepository journeys;
  private final IdentityService identity;
  private final ProcessEngineConfiguration engine;
  private final Clock clock;
  private final TransactionTemplate apart;
  /** Users' names as people know them, read once (the identity table is the engine's). */
  private final Map<String, String> namen = new ConcurrentHashMap<>();

  Logboek(VerwerkingRepository verwerkingen, Verwerkingsactiviteiten register, JourneyRepository journeys,
      @Lazy IdentityService identity, @Lazy ProcessEngineConfiguration engine, Clock clock,
      PlatformTransactionManager transactions) {
    this.verwerkingen = verwerkingen;
    this.register = register;
    this.journeys = journeys;
    this.identity = identity;
    this.engine = engine;
    this.clock = clock;
    this.apart = new TransactionTemplate(transactions);
    this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public Verwerkingsactiviteiten register() {
    return register;
  }

  /** Records a processing within the current transaction: it stands or falls with what it records. */
  public void vastleggen(Handeling handeling, Activiteit activiteit, Onderwerp onderwerp, String object,
      String toelichting, Verwerker verwerker, Resultaat resultaat) {
    verwerkingen.save(new Verwerking(clock.instant(), TraceContext.traceId(), activiteit.code(), handeling, resultaat,
        verwerker, onderwerp.organisatie(), onderwerp.bsn(), onderwerp.klantreis(), object, toelichting));
  }

  /**
   * Records a processing in a transaction of its own: a read that already took place, or a refusal whose
   * work was rolled back.
   */
  public void apartVastleggen(Handeling handeling, Activiteit activiteit, Onderwerp onderwerp, String object,
      Verwerker verwerker, Resultaat resultaat) {
    apart.executeWithoutResult(status -> vastleggen(handeling, activiteit, onderwerp, object, null, verwerker, resultaat));
  }

  /**
   * Who acts now: the user of the request or command on this thread (a koppeling, when it is one), or,
   * without one, Werkpad itself on behalf of {@code namens} (the user whose action led to this step).
   */
  public Verwerker verwerker(String stap, String namens) {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return Verwerker.systeem(stap, namens);
    }
    boolean koppeling = user.getGroupIds() != null && user.getGroupIds().contains(TenantSync.KOPPELINGEN);
    return new Verwerker(user.getUserId(), naam(user.getUserId()),
        koppeling ? Verwerker.Soort.KOPPELING : Verwerker.Soort.MEDEWERKER, null);
  }

  /** The person, journey and organisation of a journey, by the process instance it (any of its processes) runs in. */
  public Optional<Onderwerp> onderwerpVanJourney(Journey journey) {
    return Optional.ofNullable(journey).map(j -> new Onderwerp(j.getBsn(), j.getNumber(), Regions.tenantId(j.getWoongemeente())));
  }

  public Optional<Onderwerp> onderwerp(String journeyNumber) {
    return journeys.findByNumber(journeyNumber).flatMap(this::onderwerpVanJourney);
  }

  /** What the BRP is told of a consultation: who asks (the acting user), for which purpose, and why. */
  public Bevraging bevraging(Activiteit activiteit, Verwerker verwerker, String toelichting) {
    return new Bevraging(verwerker.protocolNaam(), activiteit.doelbinding(), activiteit.verwerking(), toelichting,
        TraceContext.outgoing());
  }

  private String naam(String userId) {
    return namen.computeIfAbsent(userId, id -> {
      User user = ((ProcessEngineConfigurationImpl) engine).getCommandExecutorTxRequired()
          .execute(context -> context.runWithoutAuthorization(() -> identity.createUserQuery().userId(id).singleResult()));
      String naam = user == null ? null : String.join(" ", nz(user.getFirstName()), nz(user.getLastName())).trim();
      return naam == null || naam.isEmpty() ? id : naam;
    });
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
