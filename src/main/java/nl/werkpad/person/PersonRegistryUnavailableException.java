package nl.werkpad.person;

/** The person registry could not answer; a technical failure, to be retried. Never holds the BSN. */
public class PersonRegistryUnavailableException extends RuntimeException {

  public PersonRegistryUnavailableException(String message) {
    super(message);
  }

  public PersonRegistryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
