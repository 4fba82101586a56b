package io.movierecs.web.faults;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/** What {@link FaultBench} reads from the test database directly, past the proxy it cuts, and how it waits. */
final class BenchRuns {
    private final DataSource dataSource;
    private final List<Long> jobs = new ArrayList<>();

    BenchRuns(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    void forgetAll() {
        text("DELETE FROM training_runs RETURNING 'x'");
    }

    String status(String runId) {
        return text("SELECT status FROM training_runs WHERE run_id = ?", runId);
    }

    String handle(String runId) {
        String handle = text("SELECT launch_handle FROM training_runs WHERE run_id = ?", runId);
        jobs.add(Long.parseLong(handle));
        return handle;
    }

    String served() {
        return text("SELECT run_id FROM training_runs WHERE status = 'ACTIVE'");
    }

    long userId(String email) {
        return Long.parseLong(text("SELECT id::text FROM users WHERE email = ?", email));
    }

    boolean stored(long userId, BenchLoad.Rating rating) {
        String stored = text("SELECT rating::text FROM ratings WHERE user_id = ? AND movie_id = ?", userId, rating.movieId());
        return stored != null && Double.parseDouble(stored) == rating.rating();
    }

    /** Catalogue movies in id order, for ratings that each go to a movie of their own. */
    List<Integer> movieIds(int count) {
        List<Integer> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT movie_id FROM movies WHERE movie_id < 1000000 ORDER BY movie_id LIMIT ?")) {
            s.setInt(1, count);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    String awaitEnd(String runId, Duration patience) {
        await(() -> List.of("ACTIVE", "REJECTED", "FAILED", "CANCELLED", "RETIRED").contains(status(runId)), patience);
        return runId;
    }

    void awaitAnswer(BenchLoad load, long sinceMillis, int status, Duration patience) {
        await(() -> load.answers(sinceMillis, Long.MAX_VALUE).stream().anyMatch(a -> a.status() == status), patience);
    }

    void await(BooleanSupplier done, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("gave up waiting after " + patience);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The jobs the bench saw, killed with their process trees, so none outlives it. */
    void stopJobs() {
        for (long pid : jobs) {
            ProcessHandle.of(pid).ifPresent(wrapper -> {
                wrapper.descendants().forEach(ProcessHandle::destroyForcibly);
                wrapper.destroyForcibly();
            });
        }
    }

    private String text(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
