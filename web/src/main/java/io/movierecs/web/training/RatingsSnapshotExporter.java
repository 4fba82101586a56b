package io.movierecs.web.training;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.web.models.ModelStore;
import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.GZIPOutputStream;

/**
 * Streams the app's ratings from PostgreSQL through gzip into the model store, in MovieLens's
 * ratings.csv columns. One repeatable-read transaction reads the ratings and the ratings version
 * together, so the version recorded says exactly which changes the snapshot holds.
 */
@Singleton
class RatingsSnapshotExporter {
    static final String HEADER = "userId,movieId,rating,timestamp";
    private static final int FETCH_SIZE = 10_000;

    private final TransactionOperations<Connection> tx;
    private final TrainingRunStore runs;
    private final ModelStore store;

    RatingsSnapshotExporter(TransactionOperations<Connection> tx, TrainingRunStore runs, ModelStore store) {
        this.tx = tx;
        this.runs = runs;
        this.store = store;
    }

    record Snapshot(String key, long ratingsVersion, long ratings) {
    }

    Snapshot export(String runId) {
        String key = ModelLayout.snapshotKey(runId);
        return tx.execute(TransactionDefinition.READ_ONLY, status -> {
            Connection c = status.getConnection();
            try {
                try (PreparedStatement s = c.prepareStatement("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")) {
                    s.execute();
                }
                long version = runs.ratingsVersion(c);
                long[] count = new long[1];
                store.write(key, out -> count[0] = writeRatings(c, out));
                return new Snapshot(key, version, count[0]);
            } catch (SQLException e) {
                throw new DataAccessException("Cannot read the ratings for the snapshot", e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the ratings snapshot " + store.uri(key), e);
            }
        });
    }

    private static long writeRatings(Connection c, OutputStream out) throws IOException {
        try (PreparedStatement s = c.prepareStatement("SELECT user_id, movie_id, rating, extract(epoch FROM rated_at)::bigint"
                + " FROM ratings ORDER BY user_id, movie_id")) {
            s.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = s.executeQuery();
                 Writer csv = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
                csv.write(HEADER);
                csv.write('\n');
                long count = 0;
                while (rs.next()) {
                    csv.write(rs.getLong(1) + "," + rs.getInt(2) + "," + rs.getBigDecimal(3).toPlainString() + "," + rs.getLong(4) + "\n");
                    count++;
                }
                return count;
            }
        } catch (SQLException e) {
            throw new IOException("Cannot stream the ratings: " + e.getMessage(), e);
        }
    }
}
