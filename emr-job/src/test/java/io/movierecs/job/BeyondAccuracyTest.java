package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BeyondAccuracyTest {
    /** Eight training users: movie 1 rated by all, 2 by half, 3 by a quarter, 4 by one. */
    private static final int[] MOVIES = {1, 2, 3, 4};
    private static final long[] RATERS = {8, 4, 2, 1};
    private static final MovieGenres GENRES = MovieGenres.of(Map.of(
            1, List.of("Action", "Sci-Fi"),
            2, List.of("Action"),
            3, List.of("Comedy"),
            4, List.of()));

    private final BeyondAccuracy measures = new BeyondAccuracy(MOVIES, RATERS, 8, GENRES);

    @Test
    void noveltyIsTheMeanSelfInformationOfTheListInBits() {
        // -log2(8/8) = 0, -log2(4/8) = 1, -log2(2/8) = 2, -log2(1/8) = 3
        assertThat(measures.novelty(new int[] {1, 2, 3, 4})).isCloseTo(1.5, within(1e-12));
        assertThat(measures.novelty(new int[] {4})).isCloseTo(3.0, within(1e-12));
        assertThat(measures.novelty(new int[] {1})).isZero();
    }

    @Test
    void aMovieTrainingNeverSawAddsNoNovelty() {
        assertThat(measures.novelty(new int[] {2, 99})).isCloseTo(1.0, within(1e-12));
        assertThat(measures.novelty(new int[] {})).isNaN();
    }

    @Test
    void diversityIsOneMinusTheMeanPairwiseJaccardOfGenreSets() {
        // {Action, Sci-Fi} vs {Action}: 1/2; vs {Comedy}: 0; {Action} vs {Comedy}: 0. Mean 1/6.
        assertThat(measures.intraListDiversity(new int[] {1, 2, 3})).isCloseTo(1 - 1.0 / 6, within(1e-12));
        assertThat(measures.intraListDiversity(new int[] {1, 2})).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aListOfOneGenreSetIsNotDiverseAndOneOfDisjointSetsFullyIs() {
        BeyondAccuracy sameGenre = new BeyondAccuracy(new int[] {1, 2}, new long[] {1, 1}, 2,
                MovieGenres.of(Map.of(1, List.of("Drama"), 2, List.of("Drama"))));

        assertThat(sameGenre.intraListDiversity(new int[] {1, 2})).isZero();
        assertThat(measures.intraListDiversity(new int[] {2, 3})).isEqualTo(1.0);
    }

    @Test
    void moviesWithoutGenresAreLeftOutOfTheDiversity() {
        assertThat(measures.intraListDiversity(new int[] {1, 4, 2})).isCloseTo(0.5, within(1e-12));
        assertThat(measures.intraListDiversity(new int[] {1, 4})).as("one movie with genres").isNaN();
        assertThat(new BeyondAccuracy(MOVIES, RATERS, 8, MovieGenres.none()).intraListDiversity(new int[] {1, 2, 3}))
                .isNaN();
    }
}
