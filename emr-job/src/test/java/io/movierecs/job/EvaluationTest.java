package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.movierecs.contracts.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coverage, novelty and diversity of given lists on a tiny catalogue, against values worked out by hand. */
class EvaluationTest extends SparkTestSession {
    private static final MovieGenres GENRES = MovieGenres.of(Map.of(
            1, List.of("Action", "Sci-Fi"), 2, List.of("Action"), 3, List.of("Comedy"),
            4, List.of("Comedy", "Romance"), 5, List.of("Drama"), 6, List.of("Drama")));

    private Evaluation evaluation;

    /**
     * Four training users; movie 1 rated by all four (self-information 0 bits), movie 2 by two (1 bit),
     * movies 3, 4 and 5 by one each (2 bits); movie 6 by nobody, so the catalogue is five movies.
     * User 1 then rated movie 2, user 2 movie 3.
     */
    @BeforeEach
    void splitWithKnownCounts() {
        Dataset<Row> train = frame(new int[][] {{1, 1}, {1, 5}, {2, 1}, {2, 2}, {3, 1}, {3, 3}, {4, 1}, {4, 2}, {4, 4}});
        Dataset<Row> test = frame(new int[][] {{1, 2}, {2, 3}});
        evaluation = new Evaluation(train, test, GENRES, 0);
    }

    @AfterEach
    void release() {
        evaluation.release();
    }

    @Test
    void listsOfUnlikeNovelMoviesScoreHighOnNoveltyDiversityAndCoverage() {
        Manifest.Metrics metrics = evaluation.ranking(lists(new int[][] {{1, 2, 3}, {2, 3, 4}}));

        // novelty: user 1 (1 + 2) / 2 = 1.5 bits, user 2 (2 + 2) / 2 = 2; mean 1.75
        assertThat(metrics.novelty()).isCloseTo(1.75, within(1e-9));
        // diversity: {Action} vs {Comedy} shares nothing: 1; {Comedy} vs {Comedy, Romance}: 1 - 1/2; mean 0.75
        assertThat(metrics.intraListDiversity()).isCloseTo(0.75, within(1e-9));
        // three of five training movies recommended
        assertThat(metrics.coverage()).isCloseTo(0.6, within(1e-9));
        assertThat(metrics.ndcgAt10()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void everyoneGettingTheBlockbusterShowsAsNoNoveltyAndLowCoverage() {
        Manifest.Metrics metrics = evaluation.ranking(lists(new int[][] {{1, 1, 2}, {2, 1, 3}}));

        // user 1: (0 + 1) / 2 = 0.5; user 2: (0 + 2) / 2 = 1; mean 0.75
        assertThat(metrics.novelty()).isCloseTo(0.75, within(1e-9));
        // {Action, Sci-Fi} vs {Action}: 1 - 1/2; vs {Comedy}: 1; mean 0.75
        assertThat(metrics.intraListDiversity()).isCloseTo(0.75, within(1e-9));
        assertThat(metrics.coverage()).isCloseTo(0.6, within(1e-9));
        // hits at the second place: 1 / log2(3) for both users
        assertThat(metrics.ndcgAt10()).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-9));
    }

    @Test
    void thePopularityBaselineRecommendsTheMostRatedUnseenMovies() {
        Manifest.Metrics baseline = evaluation.baselineRanking();

        // user 1 (saw 1, 5) gets 2, 3, 4: (1 + 2 + 2) / 3; user 2 (saw 1, 2) gets 3, 4, 5: 2
        assertThat(baseline.novelty()).isCloseTo((5.0 / 3 + 2) / 2, within(1e-9));
        assertThat(baseline.coverage()).isCloseTo(4.0 / 5, within(1e-9));
    }

    private static Dataset<Row> frame(int[][] userMovie) {
        List<Row> rows = new ArrayList<>();
        for (int[] pair : userMovie) {
            rows.add(rated(pair[0], pair[1], 4f));
        }
        return spark.createDataFrame(rows, ALS_RATINGS);
    }

    /** Each row is {@code user, movieIds...}. */
    private static Dataset<Row> lists(int[][] userMovies) {
        List<Row> rows = new ArrayList<>();
        for (int[] list : userMovies) {
            List<Integer> ids = new ArrayList<>();
            List<Float> scores = new ArrayList<>();
            for (int i = 1; i < list.length; i++) {
                ids.add(list[i]);
                scores.add(1f / i);
            }
            rows.add(RowFactory.create(list[0], ids.toArray(new Integer[0]), scores.toArray(new Float[0])));
        }
        return spark.createDataFrame(rows, Recommendations.SCHEMA);
    }
}
