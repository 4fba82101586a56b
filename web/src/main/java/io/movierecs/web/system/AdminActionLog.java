package io.movierecs.web.system;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;

/**
 * Logs every state change on the admin surfaces (training triggers and roll-backs, by an admin
 * or the training API key) as a security event, whoever handles it and whatever it answered.
 */
@ServerFilter({"/internal/**", "/training-runs/**", "/training-runs"})
class AdminActionLog implements Ordered {

    private final SecurityLog securityLog;
    private final ClientAddresses clients;

    AdminActionLog(SecurityLog securityLog, ClientAddresses clients) {
        this.securityLog = securityLog;
        this.clients = clients;
    }

    @Override
    public int getOrder() {
        // Outside the security filter, so refused attempts are logged too.
        return HIGHEST_PRECEDENCE + 6;
    }

    @ResponseFilter
    void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            return;
        }
        String who = request.getUserPrincipal(Authentication.class)
                .map(user -> user.getName().chars().allMatch(Character::isDigit) ? "user:" + user.getName() : user.getName())
                .orElse("anonymous");
        securityLog.adminAction(who, request.getMethodName(), request.getPath(), response.code(), clients.of(request));
    }
}
