package io.movierecs.web.movies;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/**
 * @param dir directory with MovieLens movies.csv, links.csv and ratings.csv: imported at start-up when
 *            the catalogue is empty, and what a local training run trains on besides the app's ratings
 */
@ConfigurationProperties("movierecs.movielens")
public record MovieLensSettings(@Nullable String dir) {

    /** The directory, unless unset or blank. */
    public Optional<String> directory() {
        return Optional.ofNullable(dir).filter(d -> !d.isBlank());
    }
}
