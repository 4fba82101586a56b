package io.movierecs.web.ratings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** One of the user's ratings with what the list shows of the movie. */
@Serdeable
public record RatedMovie(int movieId, String title, @Nullable Integer year, List<String> genres,
                         double rating, Instant ratedAt) {
}
