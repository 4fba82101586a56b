package io.movierecs.web.faults;

import static io.movierecs.web.faults.ServedListsFixture.M;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.support.TcpProxy;
import io.movierecs.web.training.TrainingFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Fault 6: PostgreSQL stops answering for 20 s under light load (a proxy in front of the real
 * server refuses and resets every connection; the server itself is shared and never stopped).
 * Every request is answered within 2 s: cached recommendations as usual, anything that needs the
 * database 503 with Retry-After and a problem detail; once the database is back everything
 * answers again without a restart, and every rating acknowledged is stored.
 */
class DatabaseOutageTest {
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    /** Every rating goes to a movie of its own, so each acknowledged one is a row to find afterwards. */
    private static final int RATEABLE = 600;

    record Answer(String kind, long startedMillis, long millis, int status, String retryAfter, String contentType,
                  String body, int movieId) {
    }

    @Test
    void requestsFailFastDuringTheOutageAndEverythingRecoversWithoutARestart() throws Exception {
        String testDb = System.getenv().getOrDefault("MOVIERECS_TEST_DB_URL", "jdbc:postgresql://localhost:5432/movierecs_test");
        URI db = URI.create(testDb.substring("jdbc:".length()));
        try (ApplicationContext helper = ApplicationContext.run(new HashMap<>(ServedListsFixture.properties(SharedLocalAws.get())), "test");
             TcpProxy postgres = TcpProxy.to(db.getHost(), db.getPort() < 0 ? 5432 : db.getPort())) {
            ServedListsFixture served = new ServedListsFixture(helper, null, SharedLocalAws.get());
            served.servedRunWithLists();
            served.fixtures.movies(RATEABLE);
            long rater = served.fixtures.user();

            Map<String, Object> properties = new HashMap<>(ServedListsFixture.properties(SharedLocalAws.get()));
            properties.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:" + postgres.port() + db.getPath());
            properties.put("movierecs.recommendations.user-movies-ttl", "10m");
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
                Load load = new Load(server.getURI(), served, rater);
                load.warmUp();
                long start = System.currentTimeMillis();
                load.start();
                Thread.sleep(4000);
                long cutAt = System.currentTimeMillis() - start;
                postgres.cut();
                Thread.sleep(OUTAGE.toMillis());
                long restoredAt = System.currentTimeMillis() - start;
                postgres.restore();
                Thread.sleep(10_000);
                List<Answer> answers = load.stop();

                assertThat(answers).hasSizeGreaterThan(100);
                // At most two waits of the pool's 1 s: the session check that finds the outage, then the
                // request's own query; after that the session check no longer waits (last known state).
                assertThat(answers).allSatisfy(a -> assertThat(a.millis()).as("%s", a).isLessThan(3000));
                List<Answer> duringOutage = answers.stream()
                        .filter(a -> a.startedMillis() > cutAt + 1500 && a.startedMillis() + a.millis() < restoredAt).toList();
                assertThat(duringOutage).filteredOn(a -> a.kind().equals("recommendations"))
                        .isNotEmpty().allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
                assertThat(duringOutage).filteredOn(a -> !a.kind().equals("recommendations"))
                        .isNotEmpty().allSatisfy(a -> {
                            assertThat(a.status()).as("%s", a).isEqualTo(503);
                            assertThat(a.retryAfter()).isEqualTo("5");
                            assertThat(a.contentType()).startsWith("application/problem+json");
                            assertThat(a.body()).contains("unavailable for a moment").contains("\"requestId\"");
                        });
                List<Answer> recovered = answers.stream().filter(a -> a.startedMillis() > restoredAt + 5000).toList();
                assertThat(recovered).isNotEmpty().allSatisfy(a -> assertThat(a.status()).as("%s", a).isBetween(200, 299));
                // A rating whose commit the cut interrupted may be stored unacknowledged; no acknowledged one may be missing.
                List<Integer> acknowledged = answers.stream().filter(a -> a.kind().equals("rate") && a.status() < 300)
                        .map(Answer::movieId).toList();
                List<Integer> stored = new ArrayList<>();
                for (int movieId : acknowledged) {
                    if (TrainingFixtures.queryLong(helper.getBean(DataSource.class), "SELECT count(*) FROM ratings WHERE user_id = "
                            + rater + " AND movie_id = " + movieId) == 1) {
                        stored.add(movieId);
                    }
                }
                assertThat(stored).isNotEmpty().isEqualTo(acknowledged);
            }
        }
    }

    /** Three clients, a request each every 100 ms: cached recommendations, a catalogue search, a rating of a movie not rated yet. */
    private static final class Load {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final URI base;
        private final ServedListsFixture served;
        private final long rater;
        private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService clients = Executors.newFixedThreadPool(3);
        private long start;

        Load(URI base, ServedListsFixture served, long rater) {
            this.base = base;
            this.served = served;
            this.rater = rater;
        }

        void warmUp() throws Exception {
            for (long user : served.users) {
                send("recommendations", get("/api/me/recommendations?limit=3", user));
            }
            answers.clear();
        }

        void start() {
            start = System.currentTimeMillis();
            clients.submit(() -> loop(i -> send("recommendations",
                    get("/api/me/recommendations?limit=3", served.users.get(i % served.users.size())))));
            clients.submit(() -> loop(i -> send("search", get("/api/movies?query=Space&size=5", null))));
            clients.submit(() -> loop(i -> send("rate", M + ServedListsFixture.MOVIES + i,
                    HttpRequest.newBuilder(base.resolve("/api/me/ratings/" + (M + ServedListsFixture.MOVIES + i)))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", served.fixtures.bearer(rater))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"rating\":" + (1 + i % 4) + ".0}")).build())));
        }

        List<Answer> stop() throws InterruptedException {
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(15, TimeUnit.SECONDS);
            return List.copyOf(answers);
        }

        private interface Step {
            void run(int i) throws Exception;
        }

        private void loop(Step step) {
            for (int i = 0; running.get(); i++) {
                try {
                    step.run(i);
                    Thread.sleep(100);
                } catch (Exception e) {
                    answers.add(new Answer("client error " + e, 0, 0, 0, null, null, null, 0));
                }
            }
        }

        private HttpRequest get(String path, Long user) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
            if (user != null) {
                request.header("Authorization", served.fixtures.bearer(user));
            }
            return request.build();
        }

        private void send(String kind, HttpRequest request) throws Exception {
            send(kind, 0, request);
        }

        private void send(String kind, int movieId, HttpRequest request) throws Exception {
            long begin = System.currentTimeMillis();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long millis = System.currentTimeMillis() - begin;
            answers.add(new Answer(kind, begin - start, millis, response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), movieId));
        }
    }
}
