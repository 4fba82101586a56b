package io.movierecs.web.movies;

import java.util.List;

/** What an import did; each skipped line is described with its file and line number. */
public record ImportReport(int movies, int links, long ratings, int ratedMovies, List<String> skipped) {

    public String summary() {
        return "%,d movies, %,d links, %,d MovieLens ratings over %,d movies, %,d lines skipped"
                .formatted(movies, links, ratings, ratedMovies, skipped.size());
    }
}
