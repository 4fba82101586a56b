package io.movierecs.web.recommendations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Movies like one movie, by cosine similarity of item factors; empty before any model. */
@Serdeable
public record SimilarMoviesResponse(int movieId, @Nullable String modelVersion, List<SimilarMovie> items) {

    @Serdeable
    public record SimilarMovie(int movieId, String title, @Nullable Integer year, List<String> genres,
                               double similarity) {
    }
}
