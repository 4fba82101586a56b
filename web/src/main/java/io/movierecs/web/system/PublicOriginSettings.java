package io.movierecs.web.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;

/**
 * @param publicOrigins origins the pages are served from besides the request's own host, for when a
 *                      proxy does not pass the browser's Host on (comma-separated in one variable)
 */
@ConfigurationProperties("movierecs")
record PublicOriginSettings(@Nullable List<String> publicOrigins) {

    /** The origins lower-cased, blanks left out. */
    List<String> normalisedPublicOrigins() {
        return publicOrigins == null ? List.of()
                : publicOrigins.stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).filter(o -> !o.isEmpty()).toList();
    }
}
