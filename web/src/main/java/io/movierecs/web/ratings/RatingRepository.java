package io.movierecs.web.ratings;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RatingRepository extends GenericRepository<Rating, Rating.Key> {

    /** One statement, so concurrent writes for one user and movie still leave exactly one row. */
    @Query("""
            INSERT INTO ratings (user_id, movie_id, rating) VALUES (:userId, :movieId, :rating)
            ON CONFLICT (user_id, movie_id) DO UPDATE SET rating = EXCLUDED.rating, rated_at = now()""")
    void upsert(long userId, int movieId, BigDecimal rating);

    /** One statement for all of them, so the set is written whole or not at all. */
    @Query("""
            INSERT INTO ratings (user_id, movie_id, rating)
            SELECT :userId, chosen.movie_id, chosen.rating
            FROM unnest(CAST(:movieIds AS int[]), CAST(:ratings AS numeric[])) AS chosen (movie_id, rating)
            ON CONFLICT (user_id, movie_id) DO UPDATE SET rating = EXCLUDED.rating, rated_at = now()""")
    void upsertAll(long userId, Integer[] movieIds, Double[] ratings);

    @Query("SELECT rated_at FROM ratings WHERE user_id = :userId AND movie_id = :movieId")
    Optional<Instant> findRatedAt(long userId, int movieId);

    @Query("DELETE FROM ratings WHERE user_id = :userId AND movie_id = :movieId")
    int delete(long userId, int movieId);

    /** Latest first. */
    @Query("SELECT * FROM ratings WHERE user_id = :userId ORDER BY rated_at DESC, movie_id")
    List<Rating> findByUser(long userId);
}
