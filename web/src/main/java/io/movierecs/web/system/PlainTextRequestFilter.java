package io.movierecs.web.system;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Refuses a path or query parameter holding control characters before any route sees it. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PlainTextRequestFilter implements Ordered {

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 2;
    }

    @RequestFilter
    void refuseControlCharacters(HttpRequest<?> request) {
        boolean plain = PlainText.isPlain(request.getPath())
                && request.getParameters().asMap().entrySet().stream().allMatch(parameter ->
                        PlainText.isPlain(parameter.getKey()) && parameter.getValue().stream().allMatch(PlainText::isPlain));
        if (!plain) {
            throw ProblemException.badRequest("The address " + PlainText.MESSAGE);
        }
    }
}
