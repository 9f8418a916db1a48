package nl.werkpad.beheer;

import ch.qos.logback.classic.spi.ILoggingEvent;
import nl.werkpad.kernel.BsnMasking;
import org.springframework.boot.logging.logback.WhitespaceThrowableProxyConverter;

/**
 * Spring Boot's stack trace set off by blank lines, every message and cause in it, with nine-digit
 * numbers masked ({@link BsnMasking}); {@code logback-spring.xml} puts it in place of the conversion
 * word {@code %wex}.
 */
public class MaskedWhitespaceThrowableConverter extends WhitespaceThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return BsnMasking.mask(super.convert(event));
  }
}
