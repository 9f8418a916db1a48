package nl.werkpad.zaak;

/**
 * The zaaksysteem could not do what was asked: outage, time-out, refusal (4xx/5xx), an answer that
 * cannot be read, or missing configuration for the municipality. A technical failure: the service
 * task retries and then raises an incident. The message says what failed (operation, HTTP status,
 * problem title, names of invalid fields) and never holds a BSN.
 */
public class CaseRegistryUnavailableException extends RuntimeException {

  public CaseRegistryUnavailableException(String message) {
    super(message);
  }

  public CaseRegistryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
