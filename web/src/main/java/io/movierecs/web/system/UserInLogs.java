package io.movierecs.web.system;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.Map;

/**
 * Adds the signed-in user's id (MDC key {@value #MDC_KEY}) next to the request id in the logging
 * context, once security has authenticated the request, so one user's requests can be followed in
 * the logs. Only user accounts: the training API key's principal is not a user id.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class UserInLogs implements Ordered {
    static final String MDC_KEY = "userId";

    @RequestFilter
    void addUser(HttpRequest<?> request, MutablePropagatedContext context) {
        request.getUserPrincipal(Authentication.class).map(Authentication::getName)
                .filter(name -> !name.isEmpty() && name.chars().allMatch(Character::isDigit))
                .ifPresent(userId -> context.getContext().find(MdcPropagationContext.class).ifPresentOrElse(mdc -> {
                    // One MDC element: applying it replaces the whole MDC, so a second one would drop the request id.
                    Map<String, String> both = new HashMap<>(mdc.state());
                    both.put(MDC_KEY, userId);
                    context.replace(mdc, new MdcPropagationContext(both));
                }, () -> context.add(new MdcPropagationContext(Map.of(MDC_KEY, userId)))));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
