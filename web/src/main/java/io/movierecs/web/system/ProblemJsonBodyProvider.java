package io.movierecs.web.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns every error Micronaut reports (bad JSON, validation, 404, 405, 413, security rejections
 * and {@link ProblemException}) into {@code application/problem+json}. A 5xx never carries an
 * exception's message (it may hold SQL, paths or data): only that something failed, and the id
 * of the request, which the log line of the failure also carries.
 */
@Singleton
@Replaces(named = "io.micronaut.http.server.exceptions.response.DefaultJsonErrorResponseBodyProvider")
class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    private static final String UNREADABLE = "Failed to convert argument";
    private static final String DUE_TO = " due to: ";
    private static final Pattern JSON_LOCATION = Pattern.compile("\\s*\\n? at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]");

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        String path = context.getRequest().getPath();
        if (status >= 500) {
            String requestId = RequestIds.of(context.getRequest()).orElse(null);
            return new Problem("about:blank", response.reason(), status, serverSide(status, requestId), path, requestId);
        }
        String detail = context.getErrors().stream()
                .map(ProblemJsonBodyProvider::describe)
                .collect(Collectors.joining("; "));
        if (detail.isBlank()) {
            detail = response.reason();
        }
        return new Problem("about:blank", response.reason(), status, detail, path, null);
    }

    @Override
    public String contentType() {
        return Problem.CONTENT_TYPE;
    }

    private static String serverSide(int status, String requestId) {
        String what = status == 503 ? "The service is unavailable for a moment; try again shortly."
                : "Something went wrong on our side.";
        return requestId == null ? what : what + " Request id " + requestId + ".";
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        int cause = message.indexOf(DUE_TO);
        if (message.startsWith(UNREADABLE) && cause >= 0) {
            // A body that could not be read: say what was wrong with it and where, not which Java argument.
            return "The request body was not accepted: " + JSON_LOCATION.matcher(message.substring(cause + DUE_TO.length()))
                    .replaceAll(" (line $1, column $2)").strip();
        }
        return error.getPath().map(path -> path + ": " + message).orElse(message);
    }
}
