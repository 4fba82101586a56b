package io.movierecs.web.movies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A catalogue entry with its combined rating figures (MovieLens aggregates plus the app's own
 * ratings); {@code averageRating} is null while nobody has rated it.
 */
@Serdeable
public record Movie(int movieId, String title, @Nullable Integer year, List<String> genres,
                    long ratingCount, @Nullable Double averageRating) {
}
