package io.movierecs.web.feedback;

import java.time.Instant;
import java.util.List;

/**
 * One recommendations list as a user saw it.
 *
 * @param source       batch, fold-in or popular
 * @param modelVersion the run whose model or lists served it
 * @param movieIds     the movies, best first: position 1 is the first
 */
record ShownList(long userId, String source, String modelVersion, Instant shownAt, List<Integer> movieIds) {
    ShownList {
        movieIds = List.copyOf(movieIds);
    }
}
