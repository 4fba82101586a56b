package io.movierecs.web.ratings;

import io.movierecs.web.system.ProblemException;
import java.math.BigDecimal;

/** The rating scale: 0.5 to 5.0 stars in half-star steps. */
final class RatingValues {

    static final String RULE = "rating must be a number from 0.5 to 5.0 in steps of 0.5";
    private static final BigDecimal MIN = new BigDecimal("0.5");
    private static final BigDecimal MAX = new BigDecimal("5.0");

    private RatingValues() {
    }

    /**
     * Decides from the digits and the exponent alone, before any arithmetic or formatting: a value
     * like 1e999999999 is eleven bytes, and written out or multiplied it is a billion digits.
     * The message never repeats the value.
     */
    static BigDecimal check(BigDecimal rating) {
        if (rating == null) {
            throw ProblemException.badRequest("rating is required (0.5 to 5.0 in steps of 0.5)");
        }
        BigDecimal stripped = rating.stripTrailingZeros();
        int wholeDigits = stripped.precision() - stripped.scale();
        boolean halfStepAtMost = stripped.scale() <= 1
                && (stripped.scale() < 1 || stripped.unscaledValue().intValue() % 10 == 5);
        if (wholeDigits > 1 || !halfStepAtMost || stripped.compareTo(MIN) < 0 || stripped.compareTo(MAX) > 0) {
            throw ProblemException.badRequest(RULE);
        }
        return stripped.setScale(1);
    }
}
