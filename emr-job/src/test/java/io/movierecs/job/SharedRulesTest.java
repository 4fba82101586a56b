package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.movierecs.contracts.GenreAffinity;
import io.movierecs.contracts.MovieLensCsv;
import io.movierecs.contracts.PopularMovie;
import io.movierecs.contracts.RankingCase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's side of the rules in contracts/ that the web app follows too. */
class SharedRulesTest extends SparkTestSession {
    @TempDir
    Path dir;

    @Test
    void aSnapshotWrittenInTheContractsColumnsIsReadBackRatingForRating() throws IOException {
        Path snapshot = dir.resolve("snapshot.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(snapshot))) {
            out.write((MovieLensCsv.RATINGS_HEADER + "\n" + MovieLensCsv.ratingsLine(7, 260, "4.5", 1_700_000_000L) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        assertThat(RatingsSource.appSnapshot(spark, snapshot.toString()).collectAsList())
                .extracting(Row::toString).containsExactly("[7,260,4.5,1700000000]");
    }

    @Test
    void ratingsOffTheScaleAreDroppedAsTheWebAppRefusesThem() throws IOException {
        Files.writeString(dir.resolve(MovieLensCsv.RATINGS_FILE), MovieLensCsv.RATINGS_HEADER + "\n"
                + "1,10,0.5,1\n" + "1,11,0.3,1\n" + "1,12,2.7,1\n" + "1,13,5.0,1\n" + "1,14,5.5,1\n" + "1,15,0,1\n");

        assertThat(RatingsSource.movielens(spark, dir.toString()).collectAsList())
                .extracting(row -> row.getInt(1)).containsExactly(10, 13);
    }

    @Test
    void genresAreReadFromMoviesCsvAsTheWebImportReadsThem() throws IOException {
        Files.writeString(dir.resolve(MovieLensCsv.MOVIES_FILE), "movieId,title,genres\r\n"
                + "1,Toy Story (1995),Animation|Comedy\r\n"
                + "2,\"Matrix, The (1999)\",Action|Sci-Fi\r\n"
                + "3,Untitled (2019),(no genres listed)\r\n");

        MovieGenres genres = MovieGenres.load(spark, dir.toString());
        List<String> names = List.of("Action", "Animation", "Comedy", "Sci-Fi");

        assertThat(genres.mask(1)).isEqualTo(GenreAffinity.mask(names, MovieLensCsv.genres("Animation|Comedy")));
        assertThat(genres.mask(2)).isEqualTo(GenreAffinity.mask(names, List.of("Action", "Sci-Fi")));
        assertThat(genres.mask(3)).isZero();
    }

    @Test
    void thePopularListIsScoredAsTheContractsSay() {
        StructType schema = new StructType().add(AlsTrainer.MOVIE, DataTypes.IntegerType)
                .add(AlsTrainer.RATING, DataTypes.FloatType);
        List<Row> ratings = List.of(RowFactory.create(5, 4f), RowFactory.create(5, 3f), RowFactory.create(5, 5f),
                RowFactory.create(5, 4f), RowFactory.create(8, 2f));

        List<PopularMovie> popular = Popularity.of(spark.createDataFrame(ratings, schema)).list(10);

        assertThat(popular).containsExactly(PopularMovie.of(5, 4, 4.0, 4), PopularMovie.of(8, 1, 2.0, 4));
        assertThat(popular.get(1).score()).isEqualTo(0.25);
    }

    @Test
    void theBatchListsRankTheSharedCaseAsTheWebAppDoes() {
        ItemScorer scorer = new ItemScorer(RankingCase.RANK, RankingCase.MOVIE_IDS.clone(), RankingCase.VECTORS.clone(),
                new GenreRanking(MovieGenres.none(), GenreAffinity.none(), 0));

        TopN top = scorer.top(RankingCase.USER.clone(), RankingCase.RATED.clone(), new float[] {4f, 4f}, RankingCase.N,
                scorer.scratch());

        assertThat(top.movieIds()).containsExactly(RankingCase.EXPECTED_MOVIE_IDS);
        assertThat(top.scores()).containsExactly(RankingCase.EXPECTED_SCORES);
    }
}
