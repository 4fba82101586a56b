package io.movierecs.web.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.recommendations.RecommendationsResponse.RecommendedMovie;
import io.movierecs.web.serving.ServedRunChanged;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances of the app on one database, as behind a load balancer: each caches what a user has
 * rated and hidden, and a change made through one reaches the other through the database's
 * notifications, so neither ever shows a movie the user rated or hid.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserMoviesChangesTest {
    private static final int M = RecommendationFixtures.FIRST_MOVIE;
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String LISTEN = "LISTEN " + UserMoviesChanges.CHANNEL;

    private EmbeddedServer first;
    private EmbeddedServer second;
    private HttpClient firstClient;
    private HttpClient secondClient;
    private RecommendationFixtures fixtures;

    @BeforeAll
    void startTwoInstances() {
        Map<String, Object> properties = new HashMap<>(RecommendationTestProperties.with(SharedLocalAws.get()));
        properties.put("movierecs.recommendations.user-movies-ttl", "10m");
        // Instances behind one load balancer share the session secret, so a token works on both.
        properties.put("movierecs.jwt.secret", "two-instances-test-secret-of-at-least-32-chars");
        first = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        second = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        firstClient = HttpClient.create(first.getURL());
        secondClient = HttpClient.create(second.getURL());
        ApplicationContext app = first.getApplicationContext();
        fixtures = new RecommendationFixtures(app.getBean(JdbcOperations.class),
                RecommendationTestProperties.dynamoDb(SharedLocalAws.get()), app.getBean(TokenGenerator.class),
                RecommendationTestProperties.TABLE);
        fixtures.movies(40);
        // The lists of the served run serve; its model was never written, so none loads.
        for (EmbeddedServer instance : List.of(first, second)) {
            instance.getApplicationContext().getEventPublisher(ServedRunChanged.class)
                    .publishEvent(new ServedRunChanged("run-two-instances", ModelLayout.modelPrefix("run-two-instances")));
        }
        awaitListeners(app.getBean(JdbcOperations.class), 2);
    }

    /** Until both instances listen, they read every request's movies from the database and cache nothing. */
    private static void awaitListeners(JdbcOperations jdbc, int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (listeners(jdbc) < count && Instant.now().isBefore(deadline)) {
            sleep(50);
        }
        assertThat(listeners(jdbc)).as("connections listening to %s", UserMoviesChanges.CHANNEL).isGreaterThanOrEqualTo(count);
    }

    private static int listeners(JdbcOperations jdbc) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM pg_stat_activity WHERE query = ? AND datname = current_database()")) {
                statement.setString(1, LISTEN);
                try (java.sql.ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    @AfterAll
    void stop() {
        firstClient.close();
        secondClient.close();
        first.close();
        second.close();
    }

    @Test
    void aMovieRatedOrHiddenThroughOneInstanceLeavesTheOthersCachedAnswer() {
        long userId = fixtures.userWithBatch("run-two-instances", List.of(M + 2, M + 4, M + 6, M + 8, M + 10, M + 12));
        assertThat(movieIds(recommendations(secondClient, userId))).contains(M + 4, M + 6);

        HttpResponse<?> rated = firstClient.toBlocking().exchange(HttpRequest.PUT("/api/me/ratings/" + (M + 4),
                Map.of("rating", 3.5)).header("Authorization", fixtures.bearer(userId)));
        assertThat(rated.code()).isIn(200, 201);
        assertThat(eventually(secondClient, userId, ids -> !ids.contains(M + 4))).doesNotContain(M + 4);

        firstClient.toBlocking().exchange(HttpRequest.PUT("/api/me/hidden/" + (M + 6), "")
                .header("Authorization", fixtures.bearer(userId)));
        assertThat(eventually(secondClient, userId, ids -> !ids.contains(M + 6)))
                .doesNotContain(M + 4, M + 6).contains(M + 2, M + 8);
    }

    @Test
    void whileTheNotificationsAreNotHeardEachRequestReadsTheDatabase() throws Exception {
        long userId = fixtures.userWithBatch("run-two-instances", List.of(M + 2, M + 4, M + 6, M + 8, M + 10, M + 12));
        assertThat(movieIds(recommendations(secondClient, userId))).contains(M + 8);

        // Cut both instances' notification connections, then change the user's movies behind them.
        JdbcOperations jdbc = first.getApplicationContext().getBean(JdbcOperations.class);
        execute(jdbc, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = '" + LISTEN
                + "' AND datname = current_database()");
        Thread.sleep(500);
        fixtures.rate(userId, M + 8, 2.0, Instant.now());

        assertThat(movieIds(recommendations(secondClient, userId))).doesNotContain(M + 8);
        assertThat(movieIds(recommendations(firstClient, userId))).doesNotContain(M + 8);
        // Both listen again within seconds, and start from an empty cache.
        awaitListeners(jdbc, 2);
        assertThat(movieIds(recommendations(secondClient, userId))).doesNotContain(M + 8).contains(M + 10);
    }

    private RecommendationsResponse recommendations(HttpClient client, long userId) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/me/recommendations?limit=10")
                .header("Authorization", fixtures.bearer(userId)), RecommendationsResponse.class);
    }

    /** The instance's answer once it satisfies {@code done}, or its last answer after the patience runs out. */
    private List<Integer> eventually(HttpClient client, long userId, Predicate<List<Integer>> done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<Integer> ids = movieIds(recommendations(client, userId));
        while (!done.test(ids) && Instant.now().isBefore(deadline)) {
            sleep(50);
            ids = movieIds(recommendations(client, userId));
        }
        return ids;
    }

    private static List<Integer> movieIds(RecommendationsResponse response) {
        return response.items().stream().map(RecommendedMovie::movieId).toList();
    }

    private static void execute(JdbcOperations jdbc, String sql) {
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return statement.execute();
            }
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
