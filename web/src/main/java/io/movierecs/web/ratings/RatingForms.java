package io.movierecs.web.ratings;

import io.movierecs.contracts.RatingScale;
import io.movierecs.web.system.LocalRedirect;
import io.movierecs.web.system.ProblemException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/** Parsing and redirects shared by the pages' rating forms. */
final class RatingForms {

    /** What a rating select offers. */
    static final List<Double> VALUES = RatingScale.values();

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

    static URI back(String back, int movieId) {
        return URI.create(LocalRedirect.or(back, "/movies/" + movieId));
    }
}
