package io.movierecs.web.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/**
 * Counts failed logins on PostgreSQL's clock. A row older than {@code windowSeconds} counts as
 * none. The wait after n failures is none while n is below {@code free}, then {@code baseSeconds}
 * doubling with each failure up to {@code maxSeconds}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginFailureRepository extends GenericRepository<LoginFailure, LoginFailure.Key> {

    /**
     * Counts one more failure, in one atomic statement, unless the client must still wait.
     * @return 1 when counted, 0 when refused
     */
    @Query("""
            INSERT INTO login_failures AS f (email, client, failures, blocked_until, updated_at)
            VALUES (:email, :client, 1, now() + make_interval(secs => CASE WHEN 1 < :free THEN 0
                    ELSE LEAST(:maxSeconds, :baseSeconds * power(2, LEAST(1 - :free, 20))) END), now())
            ON CONFLICT (email, client) DO UPDATE SET
                failures = CASE WHEN f.updated_at < now() - make_interval(secs => :windowSeconds) THEN 1 ELSE f.failures + 1 END,
                blocked_until = now() + make_interval(secs =>
                    CASE WHEN (CASE WHEN f.updated_at < now() - make_interval(secs => :windowSeconds) THEN 1 ELSE f.failures + 1 END) < :free
                    THEN 0
                    ELSE LEAST(:maxSeconds, :baseSeconds * power(2, LEAST(
                        (CASE WHEN f.updated_at < now() - make_interval(secs => :windowSeconds) THEN 1 ELSE f.failures + 1 END) - :free,
                        20)))
                    END),
                updated_at = now()
            WHERE f.blocked_until <= now() OR f.updated_at < now() - make_interval(secs => :windowSeconds)""")
    int reserve(String email, String client, int free, double baseSeconds, double maxSeconds, double windowSeconds);

    @Query("SELECT EXTRACT(EPOCH FROM blocked_until - now())::float8 FROM login_failures WHERE email = :email AND client = :client")
    Optional<Double> waitSeconds(String email, String client);

    /** Forgets this client's count for the account, and every count older than the window. */
    @Query("""
            DELETE FROM login_failures
            WHERE (email = :email AND client = :client) OR updated_at < now() - make_interval(secs => :windowSeconds)""")
    void forget(String email, String client, double windowSeconds);
}
