package nl.werkpad.modellen;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A model's expression reached for what models may not use ({@link ExpressionSandbox}). A failure of the
 * model, not of the case worker's input: a job that meets it becomes an incident with this Dutch message.
 */
public class ModelNotAllowedException extends ProcessEngineException {

  public ModelNotAllowedException(String dutchReason) {
    super("Het model gebruikt iets wat in modellen niet mag: " + dutchReason);
  }
}
