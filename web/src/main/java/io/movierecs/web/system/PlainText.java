package io.movierecs.web.system;

import io.micronaut.core.annotation.Nullable;

/**
 * Nothing a person types into this app contains control characters (NUL, escape, line breaks):
 * refused wherever text comes in, before it can reach PostgreSQL (which refuses NUL outright) or
 * a log line.
 */
public final class PlainText {

    public static final String MESSAGE = "must not contain control characters";

    private PlainText() {
    }

    public static boolean isPlain(@Nullable CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
