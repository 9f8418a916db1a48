package nl.werkpad.beheer;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import nl.werkpad.kernel.BsnMasking;

/**
 * A stack trace, every message and cause in it, with nine-digit numbers masked ({@link BsnMasking});
 * {@code logback-spring.xml} puts it in place of the conversion words {@code %ex}, {@code %exception}
 * and {@code %throwable}.
 */
public class MaskedThrowableConverter extends ThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return BsnMasking.mask(super.convert(event));
  }
}
