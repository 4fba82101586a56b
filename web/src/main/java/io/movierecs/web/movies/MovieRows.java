package io.movierecs.web.movies;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads the columns every movie query selects. */
final class MovieRows {

    static final String COLUMNS = """
            m.movie_id, m.title, m.year, m.genres, s.rating_count, s.average_rating""";
    static final String FROM = " FROM movies m JOIN movie_rating_stats s ON s.movie_id = m.movie_id ";

    private MovieRows() {
    }

    static Movie read(ResultSet rows) throws SQLException {
        int year = rows.getInt("year");
        Integer maybeYear = rows.wasNull() ? null : year;
        double average = rows.getDouble("average_rating");
        Double maybeAverage = rows.wasNull() ? null : Math.round(average * 100) / 100.0;
        return new Movie(rows.getInt("movie_id"), rows.getString("title"), maybeYear,
                genres(rows.getArray("genres")), rows.getLong("rating_count"), maybeAverage);
    }

    private static List<String> genres(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
