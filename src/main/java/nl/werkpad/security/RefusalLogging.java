package nl.werkpad.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A refused request is a normal answer, not a failure: the engine would log each one as an error with a
 * stack trace (ENGINE-16004), burying the real errors. For what {@link Refusals} answers with a 4xx, the
 * engine's line is dropped; {@link RestAnswers} logs the request once, as what the client got, and a job
 * that meets such a refusal becomes an incident with its own log line. Every other error passes untouched.
 */
@Component
class RefusalLogging extends TurboFilter {

  private static final String ENGINE = "org.camunda.bpm";

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
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || logger == null || !logger.getName().startsWith(ENGINE)) {
      return FilterReply.NEUTRAL;
    }
    // Loggers that pass the exception as the last format argument hand it over in params, not in t.
    Throwable thrown = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    if (thrown == null) {
      return FilterReply.NEUTRAL;
    }
    return Refusals.answerFor(thrown).filter(answer -> answer.status() < 500).isPresent()
        ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  private static Optional<LoggerContext> loggerContext() {
    return LoggerFactory.getILoggerFactory() instanceof LoggerContext context ? Optional.of(context) : Optional.empty();
  }
}
