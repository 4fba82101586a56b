package io.movierecs.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code --recs-out}: one JSON object per line with the same content as the DynamoDB item,
 * {@code {"userId":..,"modelVersion":..,"generatedAt":..,"items":[{"movieId":..,"score":..}]}}.
 * Written from the driver to a local file or an s3:// object, in one piece.
 */
final class JsonLinesSink implements RecommendationSink {
    private final String location;

    JsonLinesSink(String location) {
        this.location = location;
    }

    @Override
    public long write(Dataset<Row> recommendations, String runId, String generatedAt) {
        ObjectMapper json = new ObjectMapper();
        Path file = null;
        try {
            file = Files.createTempFile("movierecs-recs-", ".jsonl");
            long written = 0;
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                Iterator<Row> rows = recommendations.toLocalIterator();
                while (rows.hasNext()) {
                    out.write(json.writeValueAsString(RecommendationSink.toList(rows.next(), runId, generatedAt)));
                    out.write('\n');
                    written++;
                }
            }
            int slash = location.lastIndexOf('/');
            ArtefactStore store = ArtefactStore.at(slash < 0 ? "." : location.substring(0, slash + 1));
            store.put(location.substring(slash + 1), file);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + location, e);
        } finally {
            deleteQuietly(file);
        }
    }

    @Override
    public String describe() {
        return location;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // A temporary file left behind is harmless.
        }
    }
}
