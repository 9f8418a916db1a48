package nl.werkpad.beheer;

import ch.qos.logback.classic.spi.ILoggingEvent;
import nl.werkpad.kernel.BsnMasking;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's stack trace with packaging data set off by blank lines (its default, in every
 * pattern), every message and cause in it, with nine-digit numbers masked ({@link BsnMasking}); {@code
 * logback-spring.xml} puts it in place of the conversion word {@code %wEx}.
 */
public class MaskedExtendedWhitespaceThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return BsnMasking.mask(super.convert(event));
  }
}
