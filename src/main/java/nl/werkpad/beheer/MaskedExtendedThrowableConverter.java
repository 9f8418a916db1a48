package nl.werkpad.beheer;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import nl.werkpad.kernel.BsnMasking;

/**
 * A stack trace with packaging data, every message and cause in it, with nine-digit numbers masked
 * ({@link BsnMasking}); {@code logback-spring.xml} puts it in place of the conversion words {@code
 * %xEx}, {@code %xException} and {@code %xThrowable}.
 */
public class MaskedExtendedThrowableConverter extends ExtendedThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return BsnMasking.mask(super.convert(event));
  }
}
