package io.movierecs.web.recommendations;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A rated movie (with its rating) or a hidden one (without), as {@link UserMoviesRepository#find} reads them. */
@Introspected
record UserMovieRow(int movieId, @Nullable Double rating, Instant at) {
}
