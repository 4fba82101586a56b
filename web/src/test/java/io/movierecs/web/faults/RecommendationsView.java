package io.movierecs.web.faults;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The parts of a recommendations answer the fault tests compare: where it came from and what it holds. */
@Serdeable
record RecommendationsView(String source, String modelVersion, List<Item> items) {

    List<Integer> movieIds() {
        return items.stream().map(Item::movieId).toList();
    }

    @Serdeable
    record Item(int movieId) {
    }
}
