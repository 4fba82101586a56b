package io.movierecs.web.ratings;

import io.movierecs.contracts.RatingScale;
import io.movierecs.web.system.ProblemException;
import java.math.BigDecimal;

/** Ratings as people send them, checked against the {@link RatingScale}. */
final class RatingValues {

    static final String RULE = "rating must be a number from " + RatingScale.RANGE;
    static final String REQUIRED = "rating is required (" + RatingScale.RANGE + ")";
    /** More decimals than any rating on the scale has. */
    private static final int MAX_DECIMALS = 3;

    private RatingValues() {
    }

    /**
     * Bounds the digits and the exponent before any arithmetic or formatting: a value like
     * 1e999999999 is eleven bytes, and written out or multiplied it is a billion digits.
     * The message never repeats the value.
     */
    static BigDecimal check(BigDecimal rating) {
        if (rating == null) {
            throw ProblemException.badRequest(REQUIRED);
        }
        BigDecimal stripped = rating.stripTrailingZeros();
        int wholeDigits = stripped.precision() - stripped.scale();
        if (wholeDigits > 1 || stripped.scale() > MAX_DECIMALS || !RatingScale.accepts(stripped.doubleValue())) {
            throw ProblemException.badRequest(RULE);
        }
        return stripped.setScale(1);
    }
}
