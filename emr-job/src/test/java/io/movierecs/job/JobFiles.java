package io.movierecs.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.contracts.RecommendationList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Inputs for the job and readers for what it writes, as the web app reads them. */
final class JobFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobFiles() {
    }

    /** A small MovieLens-like directory: two taste groups, so there is something to learn. */
    static Path syntheticMovieLens(Path dir, int users, int movies, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("userId,movieId,rating,timestamp\r\n");
        for (int user = 1; user <= users; user++) {
            for (int movie = 1; movie <= movies; movie++) {
                if (random.nextDouble() < 0.4) {
                    boolean likes = (user % 2) == (movie % 2);
                    double rating = likes ? 4 + random.nextInt(3) / 2.0 : 1 + random.nextInt(3) / 2.0;
                    csv.append(user).append(',').append(movie).append(',').append(rating).append(",1000000000\r\n");
                }
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ratings.csv"), csv);
        return dir;
    }

    /** The app's snapshot as the web app exports it: gzip, header, {@code userId,movieId,rating,timestamp}. */
    static Path appSnapshot(Path file, List<long[]> userMovieRatingsTimesTen) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            StringBuilder csv = new StringBuilder("userId,movieId,rating,timestamp\n");
            for (long[] row : userMovieRatingsTimesTen) {
                csv.append(row[0]).append(',').append(row[1]).append(',').append(row[2] / 10.0).append(",1700000000\n");
            }
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    static Manifest manifest(Path modelDir) throws IOException {
        return JSON.readValue(modelDir.resolve(ModelLayout.MANIFEST).toFile(), Manifest.class);
    }

    static List<RecommendationList> recommendations(Path jsonLines) throws IOException {
        try (var lines = Files.lines(jsonLines)) {
            return lines.map(line -> {
                try {
                    return JSON.readValue(line, RecommendationList.class);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
