package io.movierecs.web.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.recommendations.RecommendationsResponse.RecommendedMovie;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchRecommendationsTest extends RecommendationApiTest {
    @Inject
    GetItemCounter getItems;

    RecommendationFixtures fixtures;

    /** "run-batch" serves, but its model was never written: its lists serve without because lines. */
    @BeforeEach
    void catalogueAndServedRun() {
        fixtures = catalogueServing("run-batch");
    }

    private RecommendationsResponse recommendations(long userId) {
        return recommendations(fixtures, userId, 5);
    }

    private long userWithBatch(List<Integer> movieIds) {
        return fixtures.userWithBatch("run-batch", movieIds);
    }

    @Test
    void theJobsItemIsServedAndASecondReadWithinTheTtlDoesNotAskDynamoDb() {
        long userId = userWithBatch(List.of(M + 2, M + 4, M + 6, M + 8, M + 10, M + 12));

        RecommendationsResponse first = recommendations(userId);
        int requestsAfterFirst = getItems.count();
        RecommendationsResponse second = recommendations(userId);

        assertThat(first.source()).isEqualTo("batch");
        assertThat(first.modelVersion()).isEqualTo("run-batch");
        assertThat(first.items()).extracting(RecommendedMovie::movieId).containsExactly(M + 2, M + 4, M + 6, M + 8, M + 10);
        assertThat(first.items().get(0).title()).isEqualTo("Space Film 2");
        assertThat(second.items()).isEqualTo(first.items());
        assertThat(getItems.count()).isEqualTo(requestsAfterFirst);
    }

    @Test
    void aMovieWithNoBecauseLineStillCarriesAnEmptyList() {
        // No model is loaded, so nothing can explain the batch's movies.
        long userId = userWithBatch(List.of(M + 2, M + 4));

        String body = client.toBlocking().retrieve(HttpRequest.GET("/api/me/recommendations?limit=2")
                .header("Authorization", fixtures.bearer(userId)));

        assertThat(body).contains("\"because\":[]");
    }

    @Test
    void aMovieRatedAfterTheBatchDisappearsEvenFromTheCachedList() {
        long userId = userWithBatch(List.of(M + 2, M + 4, M + 6, M + 8, M + 10, M + 12));
        recommendations(userId);

        fixtures.rate(userId, M + 4, 3.5, Instant.now());

        assertThat(recommendations(userId).items()).extracting(RecommendedMovie::movieId)
                .containsExactly(M + 2, M + 6, M + 8, M + 10, M + 12);
    }

    @Test
    void aHiddenMovieNeverComesBackUntilTheUserUnhidesIt() {
        long userId = userWithBatch(List.of(M + 2, M + 4, M + 6, M + 8, M + 10, M + 12));
        String bearer = fixtures.bearer(userId);

        client.toBlocking().exchange(HttpRequest.PUT("/api/me/hidden/" + (M + 2), "").header("Authorization", bearer));
        List<Integer> whileHidden = recommendations(userId).items().stream().map(RecommendedMovie::movieId).toList();
        client.toBlocking().exchange(HttpRequest.DELETE("/api/me/hidden/" + (M + 2)).header("Authorization", bearer));

        assertThat(whileHidden).doesNotContain(M + 2).hasSize(5);
        assertThat(recommendations(userId).items()).extracting(RecommendedMovie::movieId).startsWith(M + 2);
    }

    /** Before any model the popular list is scored as a model's is: the most rated movie 1, the rest their share. */
    @Test
    void aUserWithNoRatingsGetsPopularMoviesScoredOnTheModelsScale() {
        fixtures.rate(fixtures.user(), M + 3, 4.0, Instant.now());
        fixtures.rate(fixtures.user(), M + 3, 4.0, Instant.now());

        RecommendationsResponse response = recommendations(fixtures.user());

        assertThat(response.source()).isEqualTo("popular");
        assertThat(response.generatedAt()).isNotBlank();
        assertThat(response.items().get(0).score()).isEqualTo(1.0);
        assertThat(response.items()).extracting(RecommendedMovie::score).allMatch(score -> score >= 0 && score <= 1);
    }
}
