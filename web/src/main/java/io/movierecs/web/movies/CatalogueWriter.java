package io.movierecs.web.movies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the import on its transaction, a thousand rows per statement: each batch travels as
 * column arrays that PostgreSQL unnests, one round trip instead of a thousand.
 * Raw JDBC on purpose: the bulk MovieLens import streams batches a repository would write row by row.
 */
final class CatalogueWriter {

    private static final int BATCH = 1_000;

    private final Connection connection;
    private final List<MovieLensRow> movies = new ArrayList<>();
    private final List<Object[]> links = new ArrayList<>();

    CatalogueWriter(Connection connection) {
        this.connection = connection;
    }

    void addMovie(MovieLensRow movie) {
        movies.add(movie);
        if (movies.size() >= BATCH) {
            flushMovies();
        }
    }

    void addLink(int movieId, String imdbId, String tmdbId) {
        Integer tmdb = tmdbId == null ? null : MovieLensRow.positiveInt(tmdbId, "tmdbId");
        links.add(new Object[] {movieId, imdbId, tmdb});
        if (links.size() >= BATCH) {
            flushLinks();
        }
    }

    void flushMovies() {
        // Genres travel joined by '|' because PostgreSQL arrays of arrays must be rectangular.
        execute("""
                INSERT INTO movies (movie_id, title, year, genres)
                SELECT id, title, year, CASE WHEN genres = '' THEN '{}' ELSE string_to_array(genres, '|') END
                FROM unnest(?::integer[], ?::text[], ?::smallint[], ?::text[]) AS t(id, title, year, genres)
                ON CONFLICT (movie_id) DO UPDATE
                SET title = EXCLUDED.title, year = EXCLUDED.year, genres = EXCLUDED.genres""",
                movies.stream().map(MovieLensRow::movieId).toArray(Integer[]::new),
                movies.stream().map(MovieLensRow::title).toArray(String[]::new),
                movies.stream().map(MovieLensRow::year).toArray(Integer[]::new),
                movies.stream().map(movie -> String.join("|", movie.genres())).toArray(String[]::new));
        movies.clear();
    }

    void flushLinks() {
        execute("""
                UPDATE movies m SET imdb_id = t.imdb, tmdb_id = t.tmdb
                FROM unnest(?::integer[], ?::text[], ?::integer[]) AS t(id, imdb, tmdb)
                WHERE m.movie_id = t.id""",
                links.stream().map(link -> link[0]).toArray(Integer[]::new),
                links.stream().map(link -> link[1]).toArray(String[]::new),
                links.stream().map(link -> link[2]).toArray(Integer[]::new));
        links.clear();
    }

    /** Replaces the MovieLens figures of every movie; returns how many movies have ratings. */
    int replaceRatingAggregates(RatingAggregates ratings) {
        execute("UPDATE movies SET ml_rating_count = 0, ml_rating_sum = 0 WHERE ml_rating_count <> 0");
        List<Map.Entry<Integer, RatingAggregates.Aggregate>> entries = new ArrayList<>(ratings.byMovie().entrySet());
        int updated = 0;
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<Map.Entry<Integer, RatingAggregates.Aggregate>> chunk =
                    entries.subList(from, Math.min(entries.size(), from + BATCH));
            updated += execute("""
                    UPDATE movies m SET ml_rating_count = t.n, ml_rating_sum = t.total
                    FROM unnest(?::integer[], ?::integer[], ?::double precision[]) AS t(id, n, total)
                    WHERE m.movie_id = t.id""",
                    chunk.stream().map(Map.Entry::getKey).toArray(Integer[]::new),
                    chunk.stream().map(entry -> entry.getValue().count()).toArray(Integer[]::new),
                    chunk.stream().map(entry -> entry.getValue().sum()).toArray(Double[]::new));
        }
        return updated;
    }

    private int execute(String sql, Object[]... columns) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns.length; i++) {
                statement.setArray(i + 1, connection.createArrayOf(sqlType(columns[i]), columns[i]));
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the catalogue failed: " + e.getMessage(), e);
        }
    }

    private static String sqlType(Object[] column) {
        if (column instanceof Integer[]) {
            return "integer";
        }
        return column instanceof Double[] ? "float8" : "text";
    }
}
