package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.movierecs.contracts.GenreAffinity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The genre step's inputs: {@link MovieGenres} from the catalogue and the shares {@link GenreRanking} ranks with. */
class MovieGenresTest extends SparkTestSession {
    /** Genres in alphabetical order: Action bit 0, Comedy bit 1, Drama bit 2. */
    private static final MovieGenres GENRES = MovieGenres.of(Map.of(
            1, List.of("Action"), 2, List.of("Drama", "Action", "Comedy"), 3, List.of("Drama"), 4, List.of()));

    /** Rating weight: movie 1 has 4 + 2 = 6, movie 2 has 3, movie 3 has 1; 10 in all. */
    private static Dataset<Row> ratings() {
        return alsRatings(rated(1, 1, 4), rated(2, 1, 2), rated(1, 2, 3), rated(2, 3, 1));
    }

    @Test
    void eachMovieIsABitMaskOverTheGenresInAlphabeticalOrder() {
        assertThat(GENRES.known()).isTrue();
        assertThat(GENRES.mask(1)).isEqualTo(0b001);
        assertThat(GENRES.mask(2)).isEqualTo(0b111);
        assertThat(GENRES.mask(3)).isEqualTo(0b100);
        assertThat(GENRES.mask(4)).as("no genres").isZero();
        assertThat(GENRES.mask(99)).as("not in the catalogue").isZero();
    }

    @Test
    void sharesAreTheRatingWeightOnEachGenreOverAllRatingWeight() {
        GenreAffinity affinity = GENRES.affinity(ratings());

        assertThat(affinity.genres()).containsExactly("Action", "Comedy", "Drama");
        // Action: movies 1 and 2, (6 + 3) / 10; Comedy: movie 2, 3 / 10; Drama: movies 2 and 3, (3 + 1) / 10
        assertThat(affinity.share(0)).isCloseTo(0.9, within(1e-9));
        assertThat(affinity.share(1)).isCloseTo(0.3, within(1e-9));
        assertThat(affinity.share(2)).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void readsMovieLensMoviesCsvSkippingMalformedRowsAndTheNoGenresMarker(@TempDir Path movielens) throws IOException {
        Files.writeString(movielens.resolve("movies.csv"), """
                movieId,title,genres
                1,Heat (1995),Action|Crime|Thriller
                2,"American President, The (1995)",Comedy|Drama|Romance
                3,Some Film (2001),(no genres listed)
                four,Broken Row,Western
                """);

        MovieGenres genres = MovieGenres.load(spark, movielens.toString());

        GenreAffinity affinity = genres.affinity(alsRatings(rated(1, 1, 4)));
        assertThat(affinity.genres()).containsExactly("Action", "Comedy", "Crime", "Drama", "Romance", "Thriller");
        assertThat(genres.mask(1)).isEqualTo(0b100101);
        assertThat(genres.mask(2)).isEqualTo(0b011010);
        assertThat(genres.mask(3)).isZero();
    }

    @Test
    void aDirectoryWithoutMoviesCsvHasNoGenresAndNoShares(@TempDir Path synthetic) {
        MovieGenres genres = MovieGenres.load(spark, synthetic.toString());

        assertThat(genres.known()).isFalse();
        assertThat(genres.affinity(ratings()).genres()).isEmpty();
    }

    @Test
    void theRankingTakesSharesOnlyWhenItsGenreWeightIsPositive() {
        assertThat(GenreRanking.of(GENRES, ratings(), 0).affinity().genres()).isEmpty();

        GenreRanking ranking = GenreRanking.of(GENRES, ratings(), 0.5);
        GenreRanking reweighted = ranking.withWeight(2);

        assertThat(ranking.affinity().share(0)).isCloseTo(0.9, within(1e-9));
        assertThat(reweighted.weight()).isEqualTo(2);
        assertThat(reweighted.affinity()).isSameAs(ranking.affinity());
        assertThat(reweighted.movies()).isSameAs(GENRES);
    }
}
