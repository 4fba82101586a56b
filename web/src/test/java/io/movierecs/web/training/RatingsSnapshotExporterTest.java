package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.web.models.ModelStore;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingsSnapshotExporterTest implements TestPropertyProvider {

    @Inject RatingsSnapshotExporter exporter;
    @Inject TrainingRunStore runs;
    @Inject ModelStore store;
    @Inject DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return TrainingFixtures.properties();
    }

    @AfterAll
    void removeWhatTheTestAdded() {
        TrainingFixtures.execute(dataSource, "DELETE FROM users WHERE email LIKE 'snapshot-%@example.com'");
        TrainingFixtures.execute(dataSource, "DELETE FROM movies WHERE movie_id IN (990001, 990002, 990003)");
    }

    @Test
    void theSnapshotHoldsExactlyTheRatingsInTheDatabase() throws Exception {
        long userId = userWithRatings(Map.of(990_001, "4.5", 990_002, "0.5", 990_003, "3.0"));
        TrainingFixtures.execute(dataSource, "DELETE FROM ratings WHERE user_id = " + userId + " AND movie_id = 990003");

        RatingsSnapshotExporter.Snapshot snapshot = exporter.export("run-snapshot-" + UUID.randomUUID());

        List<String> lines = read(snapshot.key());
        assertThat(lines.get(0)).isEqualTo("userId,movieId,rating,timestamp");
        List<String> ratings = lines.subList(1, lines.size());
        assertThat(ratings).containsExactlyElementsOf(query(
                "SELECT user_id || ',' || movie_id || ',' || rating || ',' || extract(epoch FROM rated_at)::bigint"
                        + " FROM ratings ORDER BY user_id, movie_id"));
        assertThat(ratings).anyMatch(line -> line.startsWith(userId + ",990001,4.5,"))
                .anyMatch(line -> line.startsWith(userId + ",990002,0.5,"))
                .noneMatch(line -> line.startsWith(userId + ",990003,"));
        assertThat(snapshot.ratings()).isEqualTo(ratings.size());
        assertThat(changedSince(snapshot)).isFalse();
    }

    @Test
    void aRatingUncommittedWhenTheSnapshotIsTakenIsNotInItAndCountsAsNewOnceCommitted() throws Exception {
        long userId = userWithRatings(Map.of(990_001, "4.0"));
        try (Connection writer = connection()) {
            writer.setAutoCommit(false);
            execute(writer, "INSERT INTO ratings (user_id, movie_id, rating) VALUES (" + userId + ", 990002, 2.5)");

            RatingsSnapshotExporter.Snapshot snapshot = exporter.export("run-snapshot-" + UUID.randomUUID());
            boolean newBeforeCommit = changedSince(snapshot);
            writer.commit();

            assertThat(read(snapshot.key())).anyMatch(line -> line.startsWith(userId + ",990001,"))
                    .noneMatch(line -> line.startsWith(userId + ",990002,"));
            assertThat(newBeforeCommit).isFalse();
            assertThat(changedSince(snapshot)).isTrue();
        }
    }

    /** Different movies: each movie's rating totals are a row of their own, which two raters of one movie do share. */
    @Test
    void ratingWritesOfDifferentUsersDoNotWaitForEachOther() throws Exception {
        long first = userWithRatings(Map.of(990_002, "1.0"));
        long second = userWithRatings(Map.of(990_001, "1.0", 990_002, "1.0"));
        try (Connection one = connection(); Connection other = connection()) {
            one.setAutoCommit(false);
            other.setAutoCommit(false);
            execute(one, "INSERT INTO ratings (user_id, movie_id, rating) VALUES (" + first + ", 990001, 3.0)");

            execute(other, "SET LOCAL lock_timeout = '1s'");
            execute(other, "UPDATE ratings SET rating = 3.5 WHERE user_id = " + second + " AND movie_id = 990002");
            other.commit();
            one.rollback();
        }
        assertThat(query("SELECT rating FROM ratings WHERE user_id = " + second + " AND movie_id = 990002")).containsExactly("3.5");
    }

    private boolean changedSince(RatingsSnapshotExporter.Snapshot snapshot) {
        return runs.ratingsChangedSince(snapshot.ratingsSnapshot());
    }

    private Connection connection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long userWithRatings(Map<Integer, String> ratings) throws SQLException {
        for (int movieId : ratings.keySet()) {
            TrainingFixtures.execute(dataSource, "INSERT INTO movies (movie_id, title) VALUES (" + movieId
                    + ", 'Snapshot test " + movieId + "') ON CONFLICT DO NOTHING");
        }
        long userId = Long.parseLong(query("INSERT INTO users (email, password_hash, display_name) VALUES ('snapshot-"
                + UUID.randomUUID() + "@example.com', 'x', 'Snapshot') RETURNING id").get(0));
        ratings.forEach((movieId, rating) -> TrainingFixtures.execute(dataSource,
                "INSERT INTO ratings (user_id, movie_id, rating) VALUES (" + userId + ", " + movieId + ", " + rating + ")"));
        return userId;
    }

    private List<String> read(String key) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(store.open(key)), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
