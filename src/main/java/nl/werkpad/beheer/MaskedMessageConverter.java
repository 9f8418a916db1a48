package nl.werkpad.beheer;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import nl.werkpad.kernel.BsnMasking;

/**
 * The log message (the formatted message of any logger) with nine-digit numbers masked ({@link
 * BsnMasking}); {@code logback-spring.xml} puts it in place of the conversion words {@code %m}, {@code
 * %msg} and {@code %message}.
 */
public class MaskedMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return BsnMasking.mask(super.convert(event));
  }
}
