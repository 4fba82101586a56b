package io.movierecs.web.ratings;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code ratings}: one user's rating of one movie. */
@MappedEntity("ratings")
record Rating(@EmbeddedId Key key, BigDecimal rating, Instant ratedAt) {

    int movieId() {
        return key.movieId();
    }

    @Embeddable
    record Key(@MappedProperty("user_id") long userId, @MappedProperty("movie_id") int movieId) {
    }
}
