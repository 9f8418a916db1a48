package nl.werkpad.security;

import java.util.Map;
import nl.werkpad.journey.RejectedInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The same answers as {@link RestAnswers} gives on the engine's API, for Werkpad's own API
 * ({@code /werkpad/api}, Spring MVC): a refusal with its status and Dutch reason, and bad requests in
 * Dutch instead of Spring's English defaults.
 */
@RestControllerAdvice
class WerkpadApiAnswers {

  @ExceptionHandler(RejectedInputException.class)
  ResponseEntity<Map<String, Object>> refused(RejectedInputException refusal) {
    RestAnswers.LOG.info("Werkpad-API -> {}: {}", refusal.reason().httpStatus, refusal.getMessage());
    return ResponseEntity.status(refusal.reason().httpStatus)
        .body(Map.of("type", "RejectedInput", "reason", refusal.reason().name(), "message", refusal.getMessage()));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Dit soort inhoud (Content-Type) kan hier niet: "
        + "stuur " + e.getSupportedMediaTypes() + ".");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return answer(HttpStatus.BAD_REQUEST, "De inhoud van het verzoek ontbreekt of is niet te lezen.");
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<Map<String, Object>> parameter(Exception e) {
    String name = e instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
        : ((MethodArgumentTypeMismatchException) e).getName();
    return answer(HttpStatus.BAD_REQUEST, "De parameter '" + name + "' ontbreekt of klopt niet.");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
    return answer(HttpStatus.METHOD_NOT_ALLOWED, "Dit kan hier niet met " + e.getMethod() + ".");
  }

  private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message) {
    RestAnswers.LOG.info("Werkpad-API -> {}: {}", status.value(), message);
    return ResponseEntity.status(status).body(Map.of("type", "InvalidRequest", "message", message));
  }
}
