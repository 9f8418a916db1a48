package nl.werkpad.security;

/**
 * The rules of one message, checked where the engine correlates it ({@link EngineCommandGuard}), so they
 * hold whatever carried the message: {@code POST /message} on any of the REST API's paths, the webapps'
 * API, or Java. A capability that owns a message names it and checks each delivery.
 */
public interface MessageGuard {

  String messageName();

  /**
   * Checks a delivery before the engine correlates it, and may say where it goes
   * ({@link MessageDelivery#deliverTo}).
   *
   * @return whether the checked delivery may then run without the sender's authorizations on the
   *     journey (a koppeling may deliver this message, and nothing more)
   * @throws nl.werkpad.journey.RejectedInputException when it may not be delivered, with the reason
   */
  boolean check(MessageDelivery delivery);
}
