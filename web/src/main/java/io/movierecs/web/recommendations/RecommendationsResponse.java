package io.movierecs.web.recommendations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * @param source       {@code batch}, {@code fold-in} or {@code popular}
 * @param modelVersion the training run the list comes from; null for popularity before any model
 */
@Serdeable
public record RecommendationsResponse(String source, @Nullable String modelVersion, String generatedAt,
                                      List<RecommendedMovie> items) {

    @Serdeable
    public record RecommendedMovie(int movieId, String title, @Nullable Integer year, List<String> genres,
                                   double score, List<MovieRef> because) {
    }

    @Serdeable
    public record MovieRef(int movieId, String title) {
    }
}
