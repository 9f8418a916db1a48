package nl.werkpad.journey;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A second aanmelding for a person with an active journey creates no second journey: the start is
 * refused and rolled back, and afterwards the existing journey gets a task "Herhaalde aanmelding
 * beoordelen" (message {@value #MESSAGE}) for its klantmanagers. It runs once the refused start's
 * transaction has rolled back, in a transaction of its own, so that also the loser of two simultaneous
 * starts reaches the winner's journey once that one is committed.
 */
@Component
class RepeatedAanmelding {

  static final String MESSAGE = "HerhaaldeAanmelding";
  private static final Logger LOG = LoggerFactory.getLogger(RepeatedAanmelding.class);
  private static final int ATTEMPTS = 20;

  private final JourneyRepository journeys;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;

  RepeatedAanmelding(JourneyRepository journeys, @Lazy RuntimeService runtime, @Lazy IdentityService identity,
      Clock clock) {
    this.journeys = journeys;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
  }

  /**
   * Called inside the refused start: remembers it for when its transaction has rolled back.
   *
   * @param aanleiding what the aanmelding was, when not an ordinary one (an advice from UWV), or null
   */
  void afterRollback(String bsn, String woongemeente, String aanleiding) {
    Authentication user = identity.getCurrentAuthentication();
    String by = user == null ? "systeem" : user.getUserId();
    LocalDateTime at = LocalDateTime.now(clock);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        if (status == STATUS_ROLLED_BACK) {
          // A thread of its own: this one is still inside the engine's failed command.
          CompletableFuture.runAsync(() -> notifyExistingJourney(bsn, woongemeente, by, at, aanleiding)).join();
        }
      }
    });
  }

  private void notifyExistingJourney(String bsn, String woongemeente, String by, LocalDateTime at, String aanleiding) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Journey> existing = journeys.findByActiveBsn(bsn);
      if (existing.isPresent()) {
        runtime.createMessageCorrelation(MESSAGE)
            .processInstanceId(existing.get().getProcessInstanceId())
            .setVariablesLocal(Variables.putValue("herhaaldeAanmeldingDoor", by)
                .putValue("herhaaldeAanmeldingGemeente", woongemeente)
                .putValue("herhaaldeAanmeldingOp", at.withNano(0).toString())
                .putValue("herhaaldeAanmeldingAanleiding", aanleiding))
            .correlate();
        return;
      }
      // The other start may not be committed yet (two simultaneous starts): wait for it briefly.
      sleep();
    }
    LOG.warn("Herhaalde aanmelding niet bij een lopende klantreis kunnen melden: die is niet (meer) actief");
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
