package io.movierecs.web.feedback;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The impressions table: written in batches, expired by age, and read back as shares per model. */
// Raw JDBC: impressions are written as multi-row INSERTs of varying size, which no repository method expresses.
@Singleton
class ImpressionRepository {
    private static final String COLUMNS = "(user_id, model_version, movie_id, shown_on, source, position, shown_at)";
    private static final String ROW = "(?::bigint, ?, ?::integer, ?::date, ?, ?::smallint, ?::timestamptz)";

    /**
     * Each (user, model, movie) pair once, whatever the number of days it was shown on; it counts as
     * rated 4 or more (or hidden) when that happened within the window after any of its impressions.
     */
    private static final String SHARES = """
            WITH pairs AS (
                SELECT i.model_version,
                       bool_or(r.rating >= 4 AND r.rated_at >= i.shown_at AND r.rated_at <= i.shown_at + ? * interval '1 second') AS liked,
                       bool_or(h.hidden_at >= i.shown_at AND h.hidden_at <= i.shown_at + ? * interval '1 second') AS hid
                FROM impressions i
                LEFT JOIN ratings r ON r.user_id = i.user_id AND r.movie_id = i.movie_id
                LEFT JOIN hidden_movies h ON h.user_id = i.user_id AND h.movie_id = i.movie_id
                GROUP BY i.model_version, i.user_id, i.movie_id)
            SELECT model_version, count(*), count(*) FILTER (WHERE liked), count(*) FILTER (WHERE hid)
            FROM pairs GROUP BY model_version""";

    private final JdbcOperations jdbc;

    ImpressionRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes every movie of the lists, one multi-row INSERT per {@code rowsPerInsert} rows. A row
     * already there (same user, model, movie and day) stays as it was; a user deleted meanwhile
     * is left out rather than failing the batch.
     */
    void insert(List<ShownList> lists, int rowsPerInsert) {
        List<Row> rows = lists.stream().flatMap(list -> IntStream.range(0, list.movieIds().size())
                .mapToObj(i -> new Row(list, list.movieIds().get(i), i + 1))).toList();
        for (int from = 0; from < rows.size(); from += rowsPerInsert) {
            write(rows.subList(from, Math.min(rows.size(), from + rowsPerInsert)));
        }
    }

    private record Row(ShownList list, int movieId, int position) {
    }

    private void write(List<Row> rows) {
        String sql = "INSERT INTO impressions " + COLUMNS + " SELECT v.* FROM (VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), ROW)) + ") AS v" + COLUMNS
                + " WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = v.user_id) ON CONFLICT DO NOTHING";
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int p = 1;
                for (Row row : rows) {
                    statement.setLong(p++, row.list().userId());
                    statement.setString(p++, row.list().modelVersion());
                    statement.setInt(p++, row.movieId());
                    statement.setObject(p++, LocalDate.ofInstant(row.list().shownAt(), ZoneOffset.UTC));
                    statement.setString(p++, row.list().source());
                    statement.setInt(p++, row.position());
                    statement.setTimestamp(p++, Timestamp.from(row.list().shownAt()));
                }
                return statement.executeUpdate();
            }
        });
    }

    /** @return how many impressions shown before {@code cutoff} were deleted */
    int deleteShownBefore(Instant cutoff) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM impressions WHERE shown_at < ?")) {
                statement.setTimestamp(1, Timestamp.from(cutoff));
                return statement.executeUpdate();
            }
        });
    }

    Map<String, OnlineShares> sharesByModel(Duration window) {
        return jdbc.execute(connection -> {
            Map<String, OnlineShares> shares = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(SHARES)) {
                statement.setLong(1, window.toSeconds());
                statement.setLong(2, window.toSeconds());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        shares.put(rows.getString(1), new OnlineShares(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
                    }
                }
            }
            return shares;
        });
    }
}
