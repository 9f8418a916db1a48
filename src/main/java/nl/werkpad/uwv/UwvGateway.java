package nl.werkpad.uwv;

import java.time.LocalDate;

/**
 * The channel to UWV for what the municipality asks of it: an advice on beschut werk (Participatiewet
 * art. 10b) or a herindicatie for the Wsw. UWV offers municipalities no public API, so the answer comes
 * back as a message or as a letter a case worker registers; this port carries only the request. The
 * embedded default records the request and leaves the sending to the klantmanager; a real channel
 * (a Suwinet or UWV connection of the municipality) can replace it by configuration.
 */
public interface UwvGateway {

  /**
   * Asks UWV for something on behalf of a journey. Runs in a service task, so at least once: a channel
   * that leaves the engine's transaction must recognise a repeated request (the journey number and kind
   * identify it).
   *
   * @param organisation the municipality (CBS code) on whose behalf it is asked
   */
  Request request(Kind kind, String journeyNumber, String organisation, String bsn, LocalDate on);

  enum Kind {
    ADVIES_BESCHUT_WERK,
    HERINDICATIE_WSW
  }

  /** How the request reached UWV. */
  enum Delivery {
    /** Werkpad delivered it; the term runs from today. */
    VERZONDEN,
    /** Recorded only: a klantmanager sends UWV's form and records the date it went. */
    HANDMATIG
  }

  /**
   * @param kenmerk the reference to quote towards UWV, without personal data
   */
  record Request(String kenmerk, Delivery delivery) {}
}
