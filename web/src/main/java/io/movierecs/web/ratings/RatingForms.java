package io.movierecs.web.ratings;

import io.movierecs.web.system.PlainText;
import io.movierecs.web.system.ProblemException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

/** Parsing and redirects shared by the pages' rating forms. */
final class RatingForms {

    /** 0.5, 1.0 ... 5.0: what a rating select offers. */
    static final List<Double> VALUES = IntStream.rangeClosed(1, 10).mapToObj(i -> i / 2.0).toList();

    private static final int MAX_LENGTH = 16;

    private RatingForms() {
    }

    static BigDecimal parse(String value) {
        // No rating needs more than a few characters; a long one is refused before it is parsed.
        if (value == null || value.length() > MAX_LENGTH) {
            throw ProblemException.badRequest(RatingValues.RULE);
        }
        try {
            return RatingValues.check(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(RatingValues.RULE);
        }
    }

    static int movieId(String value) {
        try {
            if (value.length() <= 10) {
                return Integer.parseInt(value.strip());
            }
        } catch (NumberFormatException e) {
            // answered below, without repeating what was sent
        }
        throw ProblemException.badRequest("A rating field names no movie id");
    }

    // Only paths on this site, so a crafted form cannot send people elsewhere.
    static URI back(String back, int movieId) {
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                && PlainText.isPlain(back);
        try {
            return URI.create(local ? back : "/movies/" + movieId);
        } catch (IllegalArgumentException e) {
            return URI.create("/movies/" + movieId);
        }
    }
}
