package nl.werkpad.journey;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Refused input (a start, a task's answers) is a normal answer to bad input, not a failure: the engine and the webapps' REST
 * layer would log it as an error with a stack trace (ENGINE-16004, HTTP 500). This logs one INFO line
 * with the reason instead, and lets every other error through untouched.
 */
@Component
public class RejectedInputLogging extends TurboFilter {

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RejectedInputLogging.class);
  private static final String REST_EXCEPTION_LOGGER = "org.camunda.bpm.engine.rest.exception";

  @PostConstruct
  void install() {
    loggerContext().ifPresent(context -> {
      setContext(context);
      start();
      context.addTurboFilter(this);
    });
  }

  @PreDestroy
  void uninstall() {
    loggerContext().ifPresent(context -> context.getTurboFilterList().remove(this));
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    // Loggers that pass the exception as the last format argument hand it over in params, not in t.
    Throwable thrown = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    RejectedInputException refusal = refusal(thrown);
    if (!level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    if (refusal != null) {
      LOG.info("Invoer geweigerd ({}): {}", refusal.reason(), refusal.getMessage());
      return FilterReply.DENY;
    }
    // The webapps' REST layer (Tasklist) logs the refusal again, its stack trace passed as text.
    return logger.getName().equals(REST_EXCEPTION_LOGGER) && mentionsRefusal(params) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  private static boolean mentionsRefusal(Object[] params) {
    return params != null && java.util.Arrays.stream(params)
        .anyMatch(p -> p instanceof String text && text.contains(RejectedInputException.class.getName()));
  }

  private static RejectedInputException refusal(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (cause instanceof RejectedInputException refusal) {
        return refusal;
      }
    }
    return null;
  }

  private static java.util.Optional<LoggerContext> loggerContext() {
    return LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        ? java.util.Optional.of(context)
        : java.util.Optional.empty();
  }
}
