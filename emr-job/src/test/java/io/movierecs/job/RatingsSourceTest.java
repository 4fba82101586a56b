package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingsSourceTest extends SparkTestSession {
    @TempDir
    Path dir;

    @Test
    void readsCrlfMovieLensAndDropsMalformedRows() throws IOException {
        Files.writeString(dir.resolve("ratings.csv"), "userId,movieId,rating,timestamp\r\n"
                + "1,10,4.5,964982703\r\n" + "1,oops,4.0,964982703\r\n" + "2,11,9.0,964982703\r\n" + "2,12,0.5,964982703\r\n");

        assertThat(RatingsSource.movielens(spark, dir.toString()).collectAsList())
                .extracting(Row::toString).containsExactly("[1,10,4.5,964982703]", "[2,12,0.5,964982703]");
    }

    @Test
    void everyDataRowIsCountedSoTheDroppedOnesAreKnown() throws IOException {
        Path file = Files.writeString(dir.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n"
                + "1,10,4.5,964982703\n" + "1,oops,4.0,964982703\n" + "\n" + "2,11,9.0,964982703\n" + "short\n");

        long rows = RatingsSource.dataRows(spark, file.toString());
        long valid = RatingsSource.read(spark, file.toString(), "--movielens").count();

        assertThat(rows).isEqualTo(4);
        assertThat(rows - valid).isEqualTo(3);
    }

    @Test
    void readsAGzippedAppSnapshot() throws IOException {
        Path snapshot = dir.resolve("ratings.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(snapshot))) {
            out.write("userId,movieId,rating,timestamp\n7,260,5.0,1700000000\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(RatingsSource.appSnapshot(spark, snapshot.toString()).collectAsList())
                .extracting(Row::toString).containsExactly("[7,260,5.0,1700000000]");
    }

    @Test
    void aSnapshotWithOnlyItsHeaderIsAnAppWithNoRatings() throws IOException {
        Path snapshot = Files.writeString(dir.resolve("empty.csv"), "userId,movieId,rating,timestamp\n");

        assertThat(RatingsSource.appSnapshot(spark, snapshot.toString()).count()).isZero();
    }

    @Test
    void aSnapshotWithNoValidRowFailsNamingItsArgument() throws IOException {
        Path snapshot = Files.writeString(dir.resolve("broken.csv"), "userId,movieId,rating,timestamp\nnot,a,rating,row\n");

        assertThatThrownBy(() -> RatingsSource.appSnapshot(spark, snapshot.toString()))
                .isInstanceOf(JobFailedException.class)
                .hasMessageStartingWith("--app-ratings")
                .hasMessageContaining("no valid ratings");
    }

    @Test
    void aMissingMovieLensDirectoryFailsNamingItsArgument() {
        assertThatThrownBy(() -> RatingsSource.movielens(spark, dir.resolve("absent").toString()))
                .isInstanceOf(JobFailedException.class)
                .hasMessageStartingWith("--movielens: cannot read");
    }

    @Test
    void movieLensWithNoValidRowFails() throws IOException {
        Files.writeString(dir.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n");

        assertThatThrownBy(() -> RatingsSource.movielens(spark, dir.toString()))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("holds no valid ratings");
    }
}
