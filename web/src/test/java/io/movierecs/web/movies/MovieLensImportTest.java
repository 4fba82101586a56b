package io.movierecs.web.movies;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.support.TestCatalogue;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MicronautTest(transactional = false)
class MovieLensImportTest {

    @Inject
    MovieLensImporter importer;
    @Inject
    MovieCatalogue catalogue;
    @Inject
    JdbcOperations jdbc;

    @BeforeEach
    void catalogue() {
        TestCatalogue.ensureImported(importer);
    }

    @Test
    void importsTheWholeSmallCatalogueWithYearGenresAndRatingCounts() {
        assertThat(catalogue.count()).isGreaterThanOrEqualTo(9_742);
        Movie toyStory = catalogue.find(1).orElseThrow();

        assertThat(toyStory.title()).isEqualTo("Toy Story (1995)");
        assertThat(toyStory.year()).isEqualTo(1995);
        assertThat(toyStory.genres()).containsExactly("Adventure", "Animation", "Children", "Comedy", "Fantasy");
        assertThat(toyStory.ratingCount()).isGreaterThanOrEqualTo(215);
    }

    @Test
    void reimportingChangesNothingAndReportsEveryRow() {
        ImportReport report = importer.importFrom(TestCatalogue.smallDataset());

        assertThat(report.movies()).isEqualTo(9_742);
        assertThat(report.links()).isEqualTo(9_742);
        assertThat(report.ratings()).isEqualTo(100_836);
        assertThat(report.skipped()).isEmpty();
        assertThat(catalogue.find(1).orElseThrow().genres()).hasSize(5);
    }

    @Test
    void quotedTitlesWithCommasKeepTheLastYearAndNoGenresIsEmpty() {
        Map<Integer, Movie> movies = catalogue.findByIds(java.util.List.of(11, 114335));

        assertThat(movies.get(11).title()).isEqualTo("American President, The (1995)");
        assertThat(movies.get(114335).genres()).isEmpty();
    }

    @Test
    void aBadRowIsReportedWithItsLineNumberAndTheRestIsImported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("movies.csv"), "movieId,title,genres\r\n"
                + "990001,\"Test, The (Movie) (2001)\",Drama|Comedy\r\n"
                + "not-a-number,Broken (1999),Drama\r\n"
                + "990002,Untitled Test,(no genres listed)\r\n");
        Files.writeString(dir.resolve("ratings.csv"), "userId,movieId,rating,timestamp\r\n"
                + "1,990001,4.0,964982703\r\n1,990001,x,964982703\r\n2,990001,3.0,964982703\r\n"
                + "3,990001,2.7,964982703\r\n");

        try {
            ImportReport report = importer.importFrom(dir);

            assertThat(report.movies()).isEqualTo(2);
            assertThat(report.skipped()).anySatisfy(line -> assertThat(line).startsWith("movies.csv line 3"));
            assertThat(report.skipped()).anySatisfy(line -> assertThat(line).startsWith("ratings.csv line 3"));
            // Off the half-star scale, as the app and the job refuse it.
            assertThat(report.skipped()).anySatisfy(line -> assertThat(line).startsWith("ratings.csv line 5"));
            Movie test = catalogue.find(990001).orElseThrow();
            assertThat(test.year()).isEqualTo(2001);
            assertThat(test.genres()).containsExactly("Drama", "Comedy");
            assertThat(test.ratingCount()).isEqualTo(2);
            assertThat(catalogue.find(990002).orElseThrow().year()).isNull();
        } finally {
            jdbc.execute(connection -> connection.createStatement().executeUpdate(
                    "DELETE FROM movies WHERE movie_id IN (990001, 990002)"));
            // That import replaced the MovieLens figures; bring the small dataset's back.
            importer.importFrom(TestCatalogue.smallDataset());
        }
    }
}
