package io.movierecs.web.system;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;

/**
 * Where a form or a link may send people next (after logging in, after rating): only a path on
 * this site, so a crafted one cannot send them elsewhere.
 */
public final class LocalRedirect {

    static final int MAX_LENGTH = 200;

    private LocalRedirect() {
    }

    /** {@code path} when it is a path on this site that a redirect can name, otherwise {@code fallback}. */
    public static String or(@Nullable String path, String fallback) {
        return isLocal(path) ? path : fallback;
    }

    static boolean isLocal(@Nullable String path) {
        // "//host" and "/\host" are other sites to a browser.
        if (path == null || path.length() > MAX_LENGTH || !path.startsWith("/") || path.startsWith("//")
                || path.contains("\\") || !PlainText.isPlain(path)) {
            return false;
        }
        try {
            URI.create(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
