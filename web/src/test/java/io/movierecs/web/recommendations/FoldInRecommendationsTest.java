package io.movierecs.web.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.contracts.GenreAffinity;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.recommendations.RecommendationsResponse.MovieRef;
import io.movierecs.web.recommendations.RecommendationsResponse.RecommendedMovie;
import io.movierecs.web.recommendations.SimilarMoviesResponse.SimilarMovie;
import io.movierecs.web.serving.LoadedModel;
import io.movierecs.web.serving.ServedModel;
import io.movierecs.web.serving.ServedRunChanged;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FoldInRecommendationsTest extends RecommendationApiTest {
    private static final int MOVIES = 40;

    @Inject
    ServedModel servedModel;

    RecommendationFixtures fixtures;
    String runId;

    @BeforeAll
    void activateModel() {
        fixtures = fixturesOn(SharedLocalAws.get());
        fixtures.movies(MOVIES);
        runId = "run-foldin-" + UUID.randomUUID();
        activations.publishEvent(new ServedRunChanged(runId, TestModel.write(store, json, runId, MOVIES)));
    }

    @BeforeEach
    void sameModel() {
        assertThat(recommendations(newScienceFictionFan(), 1).modelVersion()).isEqualTo(runId);
    }

    private long newScienceFictionFan() {
        long userId = fixtures.user();
        for (int i = 0; i < 20; i += 2) {
            fixtures.rate(userId, M + i, 5.0, Instant.now());
        }
        return userId;
    }

    private RecommendationsResponse recommendations(long userId, int limit) {
        return recommendations(fixtures, userId, limit);
    }

    @Test
    void aNewUserWhoRatesTenScienceFictionMoviesGetsScienceFictionFirstWithBecauseLines() {
        RecommendationsResponse response = recommendations(newScienceFictionFan(), 5);

        assertThat(response.source()).isEqualTo("fold-in");
        assertThat(response.items()).hasSize(5).allSatisfy(movie -> {
            assertThat(movie.genres()).containsExactly("Sci-Fi");
            assertThat(movie.movieId()).isGreaterThanOrEqualTo(M + 20);
            assertThat(movie.because()).isNotEmpty().extracting(MovieRef::title).allMatch(t -> t.startsWith("Space Film"));
        });
    }

    @Test
    void aRunRankedByGenreServesWithEachMoviesGenresFromTheCatalogue() {
        String genreRun = "run-genres-" + UUID.randomUUID();
        activations.publishEvent(new ServedRunChanged(genreRun, TestModel.write(store, json, genreRun, MOVIES, 0.3)));
        try {
            LoadedModel model = servedModel.model().orElseThrow();
            GenreAffinity affinity = model.genres().affinity();

            assertThat(model.version()).isEqualTo(genreRun);
            assertThat(model.genres().weight()).isEqualTo(0.3);
            for (int row = 0; row < model.size(); row++) {
                String genre = (model.movieId(row) - M) % 2 == 0 ? "Sci-Fi" : "Romance";
                assertThat(model.genres().masks()[row]).as("movie %d", model.movieId(row))
                        .isEqualTo(affinity.mask(List.of(genre)));
            }
            RecommendationsResponse response = recommendations(newScienceFictionFan(), 5);
            assertThat(response.modelVersion()).isEqualTo(genreRun);
            assertThat(response.items()).allSatisfy(movie -> assertThat(movie.genres()).containsExactly("Sci-Fi"));
        } finally {
            activations.publishEvent(new ServedRunChanged(runId, ModelLayout.modelPrefix(runId)));
        }
    }

    @Test
    void aMovieHiddenFromFoldInNeverComesBack() {
        long userId = newScienceFictionFan();
        int first = recommendations(userId, 1).items().get(0).movieId();

        client.toBlocking().exchange(HttpRequest.PUT("/api/me/hidden/" + first, "")
                .header("Authorization", fixtures.bearer(userId)));

        assertThat(recommendations(userId, 20).items()).extracting(RecommendedMovie::movieId).doesNotContain(first);
    }

    @Test
    void similarMoviesShareTheMoviesKind() {
        SimilarMoviesResponse similar = client.toBlocking()
                .retrieve("/api/movies/" + (M + 3) + "/similar?limit=5", SimilarMoviesResponse.class);

        assertThat(similar.modelVersion()).isEqualTo(runId);
        assertThat(similar.items()).hasSize(5).extracting(SimilarMovie::genres).allMatch(g -> g.equals(List.of("Romance")));
        assertThat(similar.items()).extracting(SimilarMovie::movieId).doesNotContain(M + 3);
    }

    @Test
    void aListFromARunThatIsNotServedGivesWayToFoldIn() {
        long userId = newScienceFictionFan();
        // The job wrote this run's lists, but the gate rejected it: its model is never activated.
        fixtures.batch(userId, "run-rejected-" + UUID.randomUUID(), Instant.now(), List.of(M + 1, M + 3, M + 5));

        RecommendationsResponse response = recommendations(userId, 3);

        assertThat(response.source()).isEqualTo("fold-in");
        assertThat(response.modelVersion()).isEqualTo(runId);
        assertThat(response.items()).extracting(RecommendedMovie::movieId).doesNotContain(M + 1, M + 3, M + 5);
    }

    @Test
    void aListFromTheServedRunIsServed() {
        long userId = newScienceFictionFan();
        fixtures.batch(userId, runId, Instant.now(), List.of(M + 1, M + 3, M + 5));

        RecommendationsResponse response = recommendations(userId, 3);

        assertThat(response.source()).isEqualTo("batch");
        assertThat(response.items()).extracting(RecommendedMovie::movieId).containsExactly(M + 1, M + 3, M + 5);
    }

    @Test
    void similarMoviesOfAnUnknownMovieIsNotFound() {
        assertThatThrownBy(() -> client.toBlocking().retrieve("/api/movies/2147483000/similar"))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
    }

    @Test
    void aModelWithCorruptArtefactsLeavesThePreviousModelServing() throws IOException {
        String broken = "run-broken-" + UUID.randomUUID();

        activations.publishEvent(new ServedRunChanged(broken, TestModel.writeTruncated(store, json, broken, MOVIES)));

        assertThat(recommendations(newScienceFictionFan(), 3).modelVersion()).isEqualTo(runId);
    }
}
