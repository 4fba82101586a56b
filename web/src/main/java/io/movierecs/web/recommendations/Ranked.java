package io.movierecs.web.recommendations;

import java.util.List;

/** A user's candidates as computed from one source, before today's rated and hidden movies are removed. */
record Ranked(String source, String modelVersion, String generatedAt, List<Candidate> candidates) {
    static final String BATCH = "batch";
    static final String FOLD_IN = "fold-in";
    static final String POPULAR = "popular";

    Ranked {
        candidates = List.copyOf(candidates);
    }
}
