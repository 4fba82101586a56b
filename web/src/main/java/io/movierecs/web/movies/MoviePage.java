package io.movierecs.web.movies;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of search results; {@code page} counts from 0. */
@Serdeable
public record MoviePage(List<Movie> items, int page, int size, long total) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
