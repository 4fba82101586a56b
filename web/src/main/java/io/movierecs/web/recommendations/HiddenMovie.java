package io.movierecs.web.recommendations;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** A row of {@code hidden_movies}: a movie the user marked "not interested". */
@MappedEntity("hidden_movies")
record HiddenMovie(@EmbeddedId Key key, Instant hiddenAt) {

    @Embeddable
    record Key(@MappedProperty("user_id") long userId, @MappedProperty("movie_id") int movieId) {
    }
}
