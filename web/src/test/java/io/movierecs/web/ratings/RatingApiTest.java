package io.movierecs.web.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.movies.MovieLensImporter;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import io.movierecs.web.support.TestCatalogue;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RatingApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    MovieLensImporter importer;
    @Inject
    RatingEvents events;
    @Inject
    RatingService ratings;
    Api api;
    String token;

    @BeforeEach
    void signedInUser() {
        TestCatalogue.ensureImported(importer);
        api = new Api(server, json);
        token = api.newUserToken();
    }

    @Test
    void ratingAMovieStoresItListsItAndTellsListeners() {
        long userId = api.get("/api/me", token).json().get("id").getLongValue();

        Response put = api.put("/api/me/ratings/1", "{\"rating\":4.5}", token);

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("title").getStringValue()).isEqualTo("Toy Story (1995)");
        assertThat(put.json().get("rating").getDoubleValue()).isEqualTo(4.5);
        Response list = api.get("/api/me/ratings", token);
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0).get("movieId").getIntValue()).isEqualTo(1);
        assertThat(events.received).contains(new RatingChanged(userId, 1));
        assertThat(ratings.ratingsOf(userId)).containsEntry(1, 4.5);
    }

    @Test
    void ratingAgainReplacesTheRating() {
        api.put("/api/me/ratings/2", "{\"rating\":2.0}", token);
        api.put("/api/me/ratings/2", "{\"rating\":3.5}", token);

        Response list = api.get("/api/me/ratings", token);

        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0).get("rating").getDoubleValue()).isEqualTo(3.5);
    }

    @Test
    void deletingRemovesTheRatingAndDeletingAgainIsNotFound() {
        api.put("/api/me/ratings/3", "{\"rating\":1.0}", token);

        assertThat(api.delete("/api/me/ratings/3", token).status()).isEqualTo(204);
        assertThat(api.get("/api/me/ratings", token).json().size()).isZero();
        assertThat(api.delete("/api/me/ratings/3", token).status()).isEqualTo(404);
    }

    @Test
    void invalidRatingsAreRefusedAndNothingIsStored() {
        for (String body : List.of("{\"rating\":0}", "{\"rating\":5.5}", "{\"rating\":3.3}", "{\"rating\":\"abc\"}",
                "{\"rating\":null}", "{}", "{\"rating\":", "not json", "")) {
            Response response = body.isEmpty()
                    ? api.send("PUT", "/api/me/ratings/1", null, token, null)
                    : api.put("/api/me/ratings/1", body, token);
            assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.detail()).isNotBlank();
        }
        assertThat(api.get("/api/me/ratings", token).json().size()).isZero();
    }

    @Test
    void aHugeExponentIsRefusedAtOnceWithoutRepeatingTheNumber() {
        for (String value : List.of("1e999999999", "-1e999999999", "1e-999999999", "4.5e999999999",
                "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000005")) {
            long started = System.nanoTime();
            Response response = api.put("/api/me/ratings/1", "{\"rating\":" + value + "}", token);

            assertThat(response.status()).as(value).isEqualTo(400);
            assertThat(System.nanoTime() - started).as(value).isLessThan(1_000_000_000L);
            assertThat(response.detail()).isEqualTo("rating must be a number from 0.5 to 5.0 in steps of 0.5");
            assertThat(response.body()).doesNotContain("0000000000");
        }
        assertThat(api.get("/api/me/ratings", token).json().size()).isZero();
    }

    @Test
    void aRatingOfTheWrongJsonTypeIsRefusedNotCoerced() {
        for (String body : List.of("{\"rating\":true}", "{\"rating\":false}", "{\"rating\":[4]}",
                "{\"rating\":\"4.0\"}", "{\"rating\":{\"value\":4}}", "{\"rating\":4,\"rating\":5}",
                "{\"rating\":4} {\"rating\":5}")) {
            Response response = api.put("/api/me/ratings/1", body, token);

            assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/me/ratings", token).json().size()).isZero();
    }

    @Test
    void aWholeNumberAndTrailingZerosAreStillRatings() {
        assertThat(api.put("/api/me/ratings/1", "{\"rating\":4}", token).json().get("rating").getDoubleValue())
                .isEqualTo(4.0);
        assertThat(api.put("/api/me/ratings/2", "{\"rating\":3.500}", token).json().get("rating").getDoubleValue())
                .isEqualTo(3.5);
    }

    @Test
    void ratingAnUnknownMovieIsNotFound() {
        Response response = api.put("/api/me/ratings/999999999", "{\"rating\":4.0}", token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).contains("999999999");
        assertThat(api.delete("/api/me/ratings/999999999", token).status()).isEqualTo(404);
    }

    @Test
    void ratingsNeedAToken() {
        assertThat(api.put("/api/me/ratings/1", "{\"rating\":4.0}", null).status()).isEqualTo(401);
        assertThat(api.get("/api/me/ratings").status()).isEqualTo(401);
        assertThat(api.delete("/api/me/ratings/1", null).status()).isEqualTo(401);
    }

    @Test
    void concurrentWritesForOneMovieLeaveExactlyOneRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> writes = IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> api.put("/api/me/ratings/4",
                            "{\"rating\":" + (1 + i % 4) + ".0}", token)))
                    .toList();
            for (Future<Response> write : writes) {
                assertThat(write.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(api.get("/api/me/ratings", token).json().size()).isEqualTo(1);
    }

    @Singleton
    static class RatingEvents {
        final List<RatingChanged> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(RatingChanged event) {
            received.add(event);
        }
    }
}
