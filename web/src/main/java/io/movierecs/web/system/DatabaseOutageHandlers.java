package io.movierecs.web.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exceptions Micronaut Data and the transaction manager raise when a connection cannot be had
 * or is lost: 503 with Retry-After and a problem detail when {@link DatabaseOutage} says PostgreSQL
 * is unreachable, the usual 500 otherwise. One handler per exception type, as Micronaut picks a
 * handler by the thrown type.
 */
@Factory
class DatabaseOutageHandlers {
    static final String RETRY_AFTER_SECONDS = "5";
    private static final long WARN_EVERY_NANOS = 30_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageHandlers.class);

    private final ErrorResponseProcessor<?> errors;
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE);

    DatabaseOutageHandlers(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Singleton
    ExceptionHandler<DataAccessException, HttpResponse<?>> dataAccess() {
        return this::answer;
    }

    @Singleton
    ExceptionHandler<ConnectionException, HttpResponse<?>> connection() {
        return this::answer;
    }

    @Singleton
    ExceptionHandler<TransactionException, HttpResponse<?>> transaction() {
        return this::answer;
    }

    @Singleton
    ExceptionHandler<io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException, HttpResponse<?>> jdbcConnection() {
        return this::answer;
    }

    private HttpResponse<?> answer(HttpRequest<?> request, RuntimeException exception) {
        if (!DatabaseOutage.causedBy(exception)) {
            LOG.error("Database error on {} {}", request.getMethod(), request.getPath(), exception);
            return errors.processResponse(ErrorContext.builder(request).cause(exception)
                    .errorMessage("Internal Server Error").build(), HttpResponse.serverError());
        }
        long now = System.nanoTime();
        long last = lastWarning.get();
        // One line per outage, not one per request, while it lasts.
        if ((last == Long.MIN_VALUE || now - last > WARN_EVERY_NANOS) && lastWarning.compareAndSet(last, now)) {
            LOG.warn("Database unreachable: answering 503 (first on {} {}): {}", request.getMethod(), request.getPath(),
                    exception.toString());
        }
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", RETRY_AFTER_SECONDS);
        return errors.processResponse(ErrorContext.builder(request).cause(exception)
                .errorMessage("The database cannot be reached just now; try again in a few seconds").build(), response);
    }
}
