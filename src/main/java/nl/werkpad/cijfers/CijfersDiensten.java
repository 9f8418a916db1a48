package nl.werkpad.cijfers;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Hands the application's services to the plugin's API: Cockpit creates its plugin resources itself,
 * outside Spring, so they find the services here once the application has started.
 */
@Component
class CijfersDiensten {

  private static volatile CijfersDiensten current;

  final Cijfers cijfers;
  final CijfersToegang toegang;
  final ObjectMapper json;
  final Clock clock;

  CijfersDiensten(Cijfers cijfers, CijfersToegang toegang, ObjectMapper json, Clock clock) {
    this.cijfers = cijfers;
    this.toegang = toegang;
    this.json = json;
    this.clock = clock;
    current = this;
  }

  static CijfersDiensten get() {
    CijfersDiensten diensten = current;
    if (diensten == null) {
      throw new IllegalStateException("Werkpad is nog niet gestart");
    }
    return diensten;
  }
}
