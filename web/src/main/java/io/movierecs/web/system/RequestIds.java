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
import java.util.regex.Pattern;

/**
 * Gives every request an id: in the logging context (MDC key {@value #MDC_KEY}) of everything
 * logged for it, in the {@value #HEADER} response header, and in the body of a 5xx, so a user's
 * report leads to the log lines. Behind the load balancer the id is the Root of its
 * {@value #TRACE_HEADER}, so the app's lines and the load balancer's access log share it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIds implements Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The ALB's trace header: {@code Root=1-<8 hex: epoch seconds>-<24 hex>}, and other fields, separated by ';'. */
    public static final String TRACE_HEADER = "X-Amzn-Trace-Id";
    private static final String ROOT_FIELD = "Root=";
    /**
     * Exactly an X-Ray trace id. A client may send the header itself and the load balancer keeps
     * its Root, so anything else (a newline, a quote, a megabyte) must never reach the logs.
     */
    private static final Pattern TRACE_ROOT = Pattern.compile("1-[0-9a-f]{8}-[0-9a-f]{24}");
    private static final int MAX_TRACE_HEADER = 256;
    private static final String ATTRIBUTE = "movierecs.request-id";

    /** The id of this request, once the filter has run. */
    public static Optional<String> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class);
    }

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = traceRoot(request.getHeaders().get(TRACE_HEADER)).orElseGet(() -> UUID.randomUUID().toString());
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        of(request).ifPresent(id -> response.header(HEADER, id));
    }

    /** The Root field of a trace header, when it is a well-formed trace id. */
    static Optional<String> traceRoot(String header) {
        if (header == null || header.length() > MAX_TRACE_HEADER) {
            return Optional.empty();
        }
        for (String field : header.split(";")) {
            String trimmed = field.strip();
            if (trimmed.startsWith(ROOT_FIELD)) {
                String root = trimmed.substring(ROOT_FIELD.length());
                return TRACE_ROOT.matcher(root).matches() ? Optional.of(root) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public int getOrder() {
        // First of all filters, so the security filter's own log lines carry the id too.
        return HIGHEST_PRECEDENCE;
    }
}
