package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MovieLensCsvTest {

    @Test
    void genresAreSplitOnBarsAndTrimmed() {
        assertThat(MovieLensCsv.genres("Adventure|Children| Fantasy ")).containsExactly("Adventure", "Children", "Fantasy");
    }

    @Test
    void aMovieWithNoGenresListedOrABlankFieldHasNone() {
        assertThat(MovieLensCsv.genres("(no genres listed)")).isEmpty();
        assertThat(MovieLensCsv.genres(" ")).isEmpty();
        assertThat(MovieLensCsv.genres(null)).isEmpty();
        assertThat(MovieLensCsv.genres("Comedy||(no genres listed)")).containsExactly("Comedy");
    }

    @Test
    void theRatingsFileHasMovieLenssHeaderAndColumns() {
        assertThat(MovieLensCsv.RATINGS_HEADER).isEqualTo("userId,movieId,rating,timestamp");
        assertThat(MovieLensCsv.ratingsLine(7, 260, "4.5", 1_700_000_000L)).isEqualTo("7,260,4.5,1700000000");
    }

    @Test
    void filesAreNamedInADirectoryWithOrWithoutItsSlash() {
        assertThat(MovieLensCsv.file("s3://bucket/movielens/", MovieLensCsv.RATINGS_FILE))
                .isEqualTo("s3://bucket/movielens/ratings.csv");
        assertThat(MovieLensCsv.file("/data/ml", MovieLensCsv.MOVIES_FILE)).isEqualTo("/data/ml/movies.csv");
    }
}
