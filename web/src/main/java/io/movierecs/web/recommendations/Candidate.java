package io.movierecs.web.recommendations;

import java.util.List;

/**
 * A recommended movie before the catalogue fills in its title.
 *
 * @param because up to two of the user's highly rated movies that contributed most, best first
 */
record Candidate(int movieId, double score, List<Integer> because) {

    Candidate {
        because = List.copyOf(because);
    }
}
