package io.movierecs.web.movies;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Title search. Titles and terms are compared lower-cased and without accents; every word of the
 * query must occur in the title, or the whole query must be trigram-similar to a part of it,
 * which forgives most typos. Results come by relevance, then by number of ratings.
 */
// Raw JDBC: the SQL grows with the number of words searched, and rows are read through MovieRows.
@Singleton
public class MovieSearchService {

    private static final int MAX_WORDS = 8;

    private final JdbcOperations jdbc;

    MovieSearchService(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public MoviePage search(MovieSearch search) {
        List<String> words = words(search.query());
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(MovieRows.COLUMNS)
                .append(", count(*) OVER () AS total");
        if (words.isEmpty()) {
            sql.append(", 0 AS relevance");
        } else {
            sql.append(", word_similarity(movie_search_text(?), m.search_title)"
                    + " + CASE WHEN m.search_title LIKE movie_search_text(?) || '%' THEN 1 ELSE 0 END"
                    + " AS relevance");
            String phrase = String.join(" ", words);
            parameters.add(phrase);
            parameters.add(escapeLike(phrase));
        }
        sql.append(MovieRows.FROM).append("WHERE true");
        if (!words.isEmpty()) {
            sql.append(" AND (movie_search_text(?) <% m.search_title OR (true");
            parameters.add(String.join(" ", words));
            for (String word : words) {
                sql.append(" AND m.search_title LIKE '%' || movie_search_text(?) || '%'");
                parameters.add(escapeLike(word));
            }
            sql.append("))");
        }
        if (search.genre() != null && !search.genre().isBlank()) {
            sql.append(" AND m.genres @> ARRAY[?]::text[]");
            parameters.add(search.genre().trim());
        }
        if (search.year() != null) {
            sql.append(" AND m.year = ?");
            parameters.add(search.year());
        }
        sql.append(" ORDER BY relevance DESC, s.rating_count DESC, m.movie_id LIMIT ? OFFSET ?");
        parameters.add(search.size());
        parameters.add((long) search.page() * search.size());
        return run(sql.toString(), parameters, search);
    }

    private MoviePage run(String sql, List<Object> parameters, MovieSearch search) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<Movie> movies = new ArrayList<>();
                    long total = 0;
                    while (rows.next()) {
                        movies.add(MovieRows.read(rows));
                        total = rows.getLong("total");
                    }
                    if (movies.isEmpty() && search.page() > 0) {
                        total = countOnly(search);
                    }
                    return new MoviePage(movies, search.page(), search.size(), total);
                }
            }
        });
    }

    // A page past the end has no rows to carry the window count; ask for the total alone.
    private long countOnly(MovieSearch search) {
        return search(new MovieSearch(search.query(), search.genre(), search.year(), 0, 1)).total();
    }

    private static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.trim().split("\\s+")).limit(MAX_WORDS).toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
