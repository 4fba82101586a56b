package io.movierecs.web.training;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.contracts.MovieLensCsv;
import io.movierecs.web.models.ModelStore;
import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.GZIPOutputStream;

/**
 * Exports the app's ratings, in MovieLens's ratings.csv columns ({@link MovieLensCsv}), gzipped, to the model store. One
 * repeatable-read transaction reads the ratings and which transactions they include together, so
 * the snapshot recorded says exactly which changes it holds; it writes them to a local file and
 * ends, so the upload, however slow, holds no database connection.
 */
@Singleton
class RatingsSnapshotExporter {
    private static final int FETCH_SIZE = 10_000;

    private final ConnectionOperations<Connection> connections;
    private final TrainingRunStore runs;
    private final ModelStore store;

    RatingsSnapshotExporter(ConnectionOperations<Connection> connections, TrainingRunStore runs, ModelStore store) {
        this.connections = connections;
        this.runs = runs;
        this.store = store;
    }

    /** @param ratingsSnapshot which transactions' rating changes the ratings include */
    record Snapshot(String key, String ratingsSnapshot, long ratings) {
    }

    Snapshot export(String runId) {
        String key = ModelLayout.snapshotKey(runId);
        Path file = null;
        try {
            Path local = Files.createTempFile("movierecs-snapshot-", ".csv.gz");
            file = local;
            Snapshot snapshot = read(key, local);
            store.write(key, out -> Files.copy(local, out));
            return snapshot;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the ratings snapshot " + store.uri(key), e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** Ends before the upload starts. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    Snapshot read(String key, Path local) {
        String seen = runs.currentSnapshot();
        try {
            return new Snapshot(key, seen, writeRatings(connections.getConnectionStatus().getConnection(), local));
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read the ratings for the snapshot", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the ratings snapshot to " + local, e);
        }
    }

    // Raw JDBC: the ratings stream row by row (fetch size) into the file; a repository would load them all.
    private static long writeRatings(Connection c, Path file) throws IOException, SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT user_id, movie_id, rating, extract(epoch FROM rated_at)::bigint"
                + " FROM ratings ORDER BY user_id, movie_id")) {
            s.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = s.executeQuery();
                 Writer csv = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                         StandardCharsets.UTF_8))) {
                csv.write(MovieLensCsv.RATINGS_HEADER);
                csv.write('\n');
                long count = 0;
                while (rs.next()) {
                    csv.write(MovieLensCsv.ratingsLine(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3).toPlainString(), rs.getLong(4)));
                    csv.write('\n');
                    count++;
                }
                return count;
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind is cleaned up with the temporary directory.
            }
        }
    }
}
