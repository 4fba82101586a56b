package io.movierecs.web.movies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a search asks for; blank fields do not filter. */
@Serdeable
public record MovieSearch(@Nullable String query, @Nullable String genre, @Nullable Integer year, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
}
