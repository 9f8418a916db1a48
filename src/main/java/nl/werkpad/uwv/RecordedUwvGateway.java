package nl.werkpad.uwv;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded UWV channel ({@code werkpad.uwv.mode=embedded}, the default): it records the request and
 * sends nothing, so the klantmanager gets a task to send UWV's form. The record is written in the
 * engine's transaction, so a service task that is retried leaves one record.
 */
@Component
@ConditionalOnProperty(name = "werkpad.uwv.mode", havingValue = "embedded", matchIfMissing = true)
class RecordedUwvGateway implements UwvGateway {

  private final UwvVerzoekRepository requests;
  private final Clock clock;

  RecordedUwvGateway(UwvVerzoekRepository requests, Clock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  @Override
  public Request request(Kind kind, String journeyNumber, String organisation, String bsn, LocalDate on) {
    UwvVerzoek recorded = requests.save(new UwvVerzoek(kind, journeyNumber, organisation, clock.instant()));
    return new Request(recorded.kenmerk(), Delivery.HANDMATIG);
  }
}
