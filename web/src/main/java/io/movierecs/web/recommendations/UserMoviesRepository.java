package io.movierecs.web.recommendations;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a user's ratings and hidden movies in one round trip, and keeps the hidden list. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserMoviesRepository extends GenericRepository<HiddenMovie, HiddenMovie.Key> {

    @Query("""
            SELECT movie_id, rating::float8 AS rating, rated_at AS at FROM ratings WHERE user_id = :userId
            UNION ALL
            SELECT movie_id, NULL, hidden_at FROM hidden_movies WHERE user_id = :userId""")
    List<UserMovieRow> findRows(long userId);

    default UserMovies find(long userId) {
        List<UserRating> ratings = new ArrayList<>();
        Set<Integer> hidden = new HashSet<>();
        for (UserMovieRow row : findRows(userId)) {
            if (row.rating() == null) {
                hidden.add(row.movieId());
            } else {
                ratings.add(new UserRating(row.movieId(), row.rating(), row.at()));
            }
        }
        return new UserMovies(ratings, hidden);
    }

    /** @return false when the catalogue has no such movie */
    default boolean hide(long userId, int movieId) {
        return insertIfInCatalogue(userId, movieId) > 0 || existsHidden(userId, movieId);
    }

    @Query("""
            INSERT INTO hidden_movies (user_id, movie_id)
            SELECT :userId, movie_id FROM movies WHERE movie_id = :movieId
            ON CONFLICT DO NOTHING""")
    int insertIfInCatalogue(long userId, int movieId);

    @Query("SELECT EXISTS (SELECT 1 FROM hidden_movies WHERE user_id = :userId AND movie_id = :movieId)")
    boolean existsHidden(long userId, int movieId);

    @Query("DELETE FROM hidden_movies WHERE user_id = :userId AND movie_id = :movieId")
    void unhide(long userId, int movieId);

    @Query("SELECT movie_id FROM hidden_movies WHERE user_id = :userId ORDER BY movie_id")
    List<Integer> hidden(long userId);
}
