package nl.werkpad.beheer;

import ch.qos.logback.classic.pattern.RootCauseFirstThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import nl.werkpad.kernel.BsnMasking;

/**
 * A stack trace, root cause first, every message and cause in it, with nine-digit numbers masked
 * ({@link BsnMasking}); {@code logback-spring.xml} puts it in place of the conversion words {@code
 * %rEx} and {@code %rootException}.
 */
public class MaskedRootCauseFirstThrowableConverter extends RootCauseFirstThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return BsnMasking.mask(super.convert(event));
  }
}
