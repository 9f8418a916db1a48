package nl.werkpad.kernel;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * W3C Trace Context: the trace a request belongs to, taken from its {@code traceparent} header or begun
 * here, and answered in the response's {@code traceparent}. Every processing log record carries the
 * trace id, and the BRP and the zaaksysteem get it in their own {@code traceparent}, so that one
 * request can be followed through all three.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TraceContext extends OncePerRequestFilter {

  public static final String HEADER = "traceparent";
  private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
  private static final String NO_TRACE = "00000000000000000000000000000000";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  /** The trace id of the request on this thread; a new one where there is none (a job, a start-up task). */
  public static String traceId() {
    String current = CURRENT.get();
    return current != null ? current : newTraceId();
  }

  /** Runs work within a trace: the one a journey's last request had, for a step Werkpad takes later. */
  public static void within(String traceId, Runnable work) {
    String before = CURRENT.get();
    CURRENT.set(traceId == null || !traceId.matches("[0-9a-f]{32}") || traceId.equals(NO_TRACE) ? newTraceId() : traceId);
    try {
      work.run();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  /** The header for a request Werkpad sends within the current trace, as a new span of it. */
  public static String outgoing() {
    return "00-" + traceId() + "-" + hex(8) + "-01";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String given = request.getHeader(HEADER);
    var match = given == null ? null : TRACEPARENT.matcher(given.trim());
    String traceId = match != null && match.matches() && !match.group(1).equals(NO_TRACE) ? match.group(1) : newTraceId();
    CURRENT.set(traceId);
    response.setHeader(HEADER, "00-" + traceId + "-" + hex(8) + "-01");
    try {
      chain.doFilter(request, response);
    } finally {
      CURRENT.remove();
    }
  }

  private static String newTraceId() {
    return hex(16);
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
