package io.movierecs.web.ratings;

import io.movierecs.web.system.ProblemException;
import java.math.BigDecimal;

/** The rating scale: 0.5 to 5.0 stars in half-star steps. */
final class RatingValues {

    private static final BigDecimal MIN = new BigDecimal("0.5");
    private static final BigDecimal MAX = new BigDecimal("5.0");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private RatingValues() {
    }

    static BigDecimal check(BigDecimal rating) {
        if (rating == null) {
            throw ProblemException.badRequest("rating is required (0.5 to 5.0 in steps of 0.5)");
        }
        boolean inRange = rating.compareTo(MIN) >= 0 && rating.compareTo(MAX) <= 0;
        boolean halfStep = rating.multiply(TWO).stripTrailingZeros().scale() <= 0;
        if (!inRange || !halfStep) {
            throw ProblemException.badRequest("rating must be between 0.5 and 5.0 in steps of 0.5, not "
                    + rating.toPlainString());
        }
        return rating;
    }
}
