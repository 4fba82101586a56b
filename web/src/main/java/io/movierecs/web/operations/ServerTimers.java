package io.movierecs.web.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import io.micronaut.web.router.UriRouteInfo;
import io.movierecs.contracts.Metrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Times every request under {@value Metrics#HTTP_SERVER_REQUESTS}, tagged by route template,
 * method and status, in place of micronaut-micrometer's server filter (turned off in
 * application.yml). That one built the tags, sanitised the path and looked the timer up in the
 * registry on every request, which cost a fifth of the CPU of the cheapest endpoints; here each
 * route keeps its timers, one per status, resolved once. It runs just after {@code RequestIds},
 * before security, so refused requests (401, 403) are timed too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = MetricsOff.ENABLED, notEquals = "false")
class ServerTimers implements Ordered {
    static final String TAG_METHOD = "method";
    /** The uri tag of requests no route matched: what they asked for is the client's choice, not a bounded set. */
    static final String UNMATCHED = "UNMATCHED";
    private static final String START = "movierecs.request-start";

    private final MeterRegistry registry;
    private final Map<RouteInfo<?>, RouteTimers> routes = new ConcurrentHashMap<>();
    private final Map<String, RouteTimers> unmatched = new ConcurrentHashMap<>();

    ServerTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(START, System.nanoTime());
    }

    @ResponseFilter
    void stop(HttpRequest<?> request, HttpResponse<?> response) {
        if (request.getAttribute(START).orElse(null) instanceof Long start) {
            timers(request).forStatus(response.code()).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private RouteTimers timers(HttpRequest<?> request) {
        RouteInfo<?> route = RouteAttributes.getRouteInfo(request).orElse(null);
        if (route instanceof UriRouteInfo<?, ?> uriRoute) {
            return routes.computeIfAbsent(route, r -> new RouteTimers(
                    uriRoute.getUriMatchTemplate().toPathString(), uriRoute.getHttpMethodName()));
        }
        return unmatched.computeIfAbsent(request.getMethodName(), method -> new RouteTimers(UNMATCHED, method));
    }

    @Override
    public int getOrder() {
        // Right after RequestIds, so the time covers security and every other filter.
        return HIGHEST_PRECEDENCE + 1;
    }

    /** One route's timers by status code, registered the first time a status occurs. */
    private final class RouteTimers {
        private static final int FIRST_STATUS = 100;
        private final String uri;
        private final String method;
        private final AtomicReferenceArray<Timer> byStatus = new AtomicReferenceArray<>(500);

        RouteTimers(String uri, String method) {
            this.uri = uri;
            this.method = method;
        }

        Timer forStatus(int status) {
            int slot = status - FIRST_STATUS;
            if (slot < 0 || slot >= byStatus.length()) {
                return register(status);
            }
            Timer timer = byStatus.get(slot);
            if (timer == null) {
                timer = register(status);
                byStatus.lazySet(slot, timer);
            }
            return timer;
        }

        private Timer register(int status) {
            // The registry returns the same timer for the same tags, so a race registers nothing twice.
            return Timer.builder(Metrics.HTTP_SERVER_REQUESTS)
                    .tag(Metrics.TAG_URI, uri).tag(TAG_METHOD, method).tag(Metrics.TAG_STATUS, Integer.toString(status))
                    .register(registry);
        }
    }
}
