package io.movierecs.web.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Turns every error Micronaut reports (bad JSON, validation, 404, 405, 413, security rejections
 * and {@link ProblemException}) into {@code application/problem+json}.
 */
@Singleton
@Replaces(named = "io.micronaut.http.server.exceptions.response.DefaultJsonErrorResponseBodyProvider")
class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        String detail = context.getErrors().stream()
                .map(ProblemJsonBodyProvider::describe)
                .collect(Collectors.joining("; "));
        if (detail.isBlank()) {
            detail = response.reason();
        }
        return new Problem("about:blank", response.reason(), status, detail,
                context.getRequest().getPath());
    }

    @Override
    public String contentType() {
        return Problem.CONTENT_TYPE;
    }

    private static String describe(Error error) {
        return error.getPath().map(path -> path + ": " + error.getMessage()).orElse(error.getMessage());
    }
}
