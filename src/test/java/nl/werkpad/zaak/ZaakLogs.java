package nl.werkpad.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Records everything the zaak package logs during a test, down to DEBUG, and fails the test when a
 * line holds one of the given BSNs.
 */
class ZaakLogs implements BeforeEachCallback, AfterEachCallback {

  private final String[] bsns;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Level previous;

  ZaakLogs(String... bsns) {
    this.bsns = bsns;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Logger logger = logger();
    previous = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    appender.list.clear();
    appender.start();
    logger.addAppender(appender);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Logger logger = logger();
    logger.detachAppender(appender);
    logger.setLevel(previous);
    appender.stop();
    for (ILoggingEvent event : appender.list) {
      String line = event.getFormattedMessage()
          + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage());
      assertThat(line).as("log line").doesNotContain(bsns);
    }
  }

  int count() {
    return appender.list.size();
  }

  private static Logger logger() {
    return (Logger) LoggerFactory.getLogger("nl.werkpad.zaak");
  }
}
