package io.movierecs.web.system;

import io.micronaut.core.order.Ordered;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Limits the POSTs anyone can send without an account (log-in and sign-up, page and API) per
 * client address, so one client can neither spray sign-ups nor spread password guesses over many
 * accounts. Counted in PostgreSQL in fixed windows, across all instances; a refused request never
 * reaches password hashing.
 */
// Raw JDBC: the count and its window come back from one upsert's RETURNING, which Micronaut Data 4 does not map.
@ServerFilter({"/api/login", "/api/signup", "/login", "/signup"})
class AnonymousPostLimit implements Ordered {

    private final JdbcOperations jdbc;
    private final ClientAddresses clients;
    private final SecurityLog securityLog;
    private final ClientRateLimitSettings settings;
    private final String count;
    private final String forgetOld;

    AnonymousPostLimit(JdbcOperations jdbc, ClientAddresses clients, SecurityLog securityLog,
                       ClientRateLimitSettings settings) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.securityLog = securityLog;
        this.settings = settings;
        String window = "make_interval(secs => " + settings.getWindow().toMillis() / 1000.0 + ")";
        String expired = "c.window_started <= now() - " + window;
        this.count = """
                INSERT INTO client_requests AS c (client, window_started, requests) VALUES (?, now(), 1)
                ON CONFLICT (client) DO UPDATE SET
                    requests = CASE WHEN %s THEN 1 ELSE c.requests + 1 END,
                    window_started = CASE WHEN %s THEN now() ELSE c.window_started END
                RETURNING requests, EXTRACT(EPOCH FROM window_started + %s - now())""".formatted(expired, expired, window);
        this.forgetOld = "DELETE FROM client_requests WHERE window_started < now() - " + window;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 5;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void limit(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST) {
            return;
        }
        String client = clients.of(request);
        long[] counted = jdbc.execute(connection -> {
            if (ThreadLocalRandom.current().nextInt(100) == 0) {
                try (PreparedStatement statement = connection.prepareStatement(forgetOld)) {
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(count)) {
                statement.setString(1, client);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new long[] {rows.getLong(1), (long) Math.ceil(rows.getDouble(2))};
                }
            }
        });
        if (counted[0] <= settings.getRequests()) {
            return;
        }
        long retryAfter = Math.max(1, counted[1]);
        securityLog.throttled("anonymous-posts", null, client);
        throw new TooManyAttemptsException("Too many log-in or sign-up attempts from your address; try again in "
                + retryAfter + " seconds", Duration.ofSeconds(retryAfter));
    }
}
