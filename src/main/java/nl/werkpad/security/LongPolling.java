package nl.werkpad.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import nl.werkpad.security.Refusals.Answer;

/**
 * A resource that answers later (external tasks' fetchAndLock waits for work) needs a server path that
 * can hold a request open; the webapps' API cannot, and the container would fail with a 5xx. There the
 * request is answered 400 with where to go instead. Decided by the matched resource method.
 */
public final class LongPolling implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null || servletRequest == null || servletRequest.isAsyncSupported() || !suspends(method)) {
      return;
    }
    request.abortWith(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(RestAnswers.body(new Answer(400, "InvalidRequestException", null,
            "Dit verzoek wacht op werk en kan alleen via de REST API op /engine-rest.")))
        .build());
  }

  /** Whether a parameter is {@code @Suspended}, on the method or where its interface declares it. */
  private static boolean suspends(Method method) {
    if (suspendedParameter(method)) {
      return true;
    }
    for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
      try {
        if (suspendedParameter(type.getMethod(method.getName(), method.getParameterTypes()))) {
          return true;
        }
      } catch (NoSuchMethodException notThere) {
        // another interface
      }
    }
    return false;
  }

  private static boolean suspendedParameter(Method method) {
    return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
        .map(Annotation::annotationType).anyMatch(Suspended.class::equals);
  }
}
