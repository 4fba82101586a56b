package io.movierecs.web.recommendations;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.movierecs.contracts.RecommendationItemCodec;
import io.movierecs.contracts.RecommendationList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Rows, DynamoDB items and tokens for the recommendation tests. Test movies use ids from
 * {@link #FIRST_MOVIE} up, far above MovieLens ids, so they never meet an imported catalogue.
 */
public final class RecommendationFixtures {
    public static final int FIRST_MOVIE = 50_000_000;

    private final JdbcOperations jdbc;
    private final DynamoDbClient dynamoDb;
    private final TokenGenerator tokens;
    private final String table;

    public RecommendationFixtures(JdbcOperations jdbc, DynamoDbClient dynamoDb, TokenGenerator tokens, String table) {
        this.jdbc = jdbc;
        this.dynamoDb = dynamoDb;
        this.tokens = tokens;
        this.table = table;
    }

    /** Catalogue rows {@code FIRST_MOVIE + i}, half "Sci-Fi" (even i), half "Romance" (odd i). */
    public void movies(int count) {
        for (int i = 0; i < count; i++) {
            execute("""
                    INSERT INTO movies (movie_id, title, year, genres, ml_rating_count, ml_rating_sum)
                    VALUES (?, ?, 2000, ?::text[], 0, 0) ON CONFLICT (movie_id) DO NOTHING""",
                    FIRST_MOVIE + i, (i % 2 == 0 ? "Space Film " : "Love Story ") + i,
                    i % 2 == 0 ? "{Sci-Fi}" : "{Romance}");
        }
    }

    public long user() {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO users (email, password_hash, display_name) VALUES (?, 'x', 'Test') RETURNING id")) {
                statement.setString(1, "recs-" + UUID.randomUUID() + "@example.com");
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    public void rate(long userId, int movieId, double rating, Instant at) {
        execute("INSERT INTO ratings (user_id, movie_id, rating, rated_at) VALUES (?, ?, ?, ?)",
                userId, movieId, rating, Timestamp.from(at));
    }

    /**
     * A user who rated {@code FIRST_MOVIE + 1} a day before their batch list (of {@code movieIds}, best
     * first) was written an hour ago: the list is current.
     */
    public long userWithBatch(String modelVersion, List<Integer> movieIds) {
        long userId = user();
        Instant generatedAt = Instant.now().minus(1, ChronoUnit.HOURS);
        rate(userId, FIRST_MOVIE + 1, 4.0, generatedAt.minus(1, ChronoUnit.DAYS));
        batch(userId, modelVersion, generatedAt, movieIds);
        return userId;
    }

    public void batch(long userId, String modelVersion, Instant generatedAt, List<Integer> movieIds) {
        List<RecommendationList.Scored> items = movieIds.stream()
                .map(id -> new RecommendationList.Scored(id, 5.0 - movieIds.indexOf(id) * 0.1)).toList();
        dynamoDb.putItem(b -> b.tableName(table).item(RecommendationItemCodec.toItem(
                new RecommendationList(userId, modelVersion, generatedAt.toString(), items))));
    }

    public String bearer(long userId) {
        return "Bearer " + tokens.generateToken(Authentication.build(Long.toString(userId), List.of("USER"),
                Map.of("email", "u" + userId + "@example.com")), 3600).orElseThrow();
    }

    private void execute(String sql, Object... values) {
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                return statement.executeUpdate();
            }
        });
    }
}
