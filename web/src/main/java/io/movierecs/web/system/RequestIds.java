package io.movierecs.web.system;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives every request an id: in the logging context (MDC key {@value #MDC_KEY}) of everything
 * logged for it, in the {@value #HEADER} response header, and in the body of a 5xx, so a user's
 * report leads to the log lines.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIds implements Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = "movierecs.request-id";

    /** The id of this request, once the filter has run. */
    public static Optional<String> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class);
    }

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        of(request).ifPresent(id -> response.header(HEADER, id));
    }

    @Override
    public int getOrder() {
        // First of all filters, so the security filter's own log lines carry the id too.
        return HIGHEST_PRECEDENCE;
    }
}
