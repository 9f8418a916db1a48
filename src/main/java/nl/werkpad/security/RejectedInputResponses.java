package nl.werkpad.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.werkpad.journey.RejectedInputException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers refused input precisely, on both REST APIs (integrators' /engine-rest and the one Tasklist
 * uses): 400, 403 or 409 with the Dutch message alone. The engine wraps an exception from a task
 * listener in its own, and the REST layer wraps that again in a 500 with English prefixes, so the
 * refusal is recognised by the exception this request raised, not by the response it produced.
 */
public class RejectedInputResponses extends OncePerRequestFilter {

  private final ObjectMapper json;

  public RejectedInputResponses(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RejectedInputException.forgetOnThisThread();
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, buffered);
      Optional<RejectedInputException> refusal = RejectedInputException.lastOnThisThread();
      if (refusal.isPresent() && buffered.getStatus() >= 400) {
        buffered.resetBuffer();
        buffered.setStatus(refusal.get().reason().httpStatus);
        buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
        buffered.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "RejectedInput");
        body.put("reason", refusal.get().reason().name());
        body.put("message", refusal.get().getMessage());
        json.writeValue(buffered.getOutputStream(), body);
      }
    } finally {
      RejectedInputException.forgetOnThisThread();
      buffered.copyBodyToResponse();
    }
  }
}
