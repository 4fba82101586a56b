package io.movierecs.web.ratings;

import io.movierecs.web.system.ProblemException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The onboarding form: one {@code rating-<movieId>} select per movie offered, blank when not seen.
 * The page offers a few dozen; a form with more fields than {@value #MAX_FIELDS} is refused
 * before any of it is read further, so one POST cannot become thousands of writes.
 */
record OnboardingForm(Map<Integer, BigDecimal> ratings) {

    static final String FIELD_PREFIX = "rating-";
    static final int MAX_FIELDS = 60;

    static OnboardingForm of(Map<String, String> fields) {
        if (fields.size() > MAX_FIELDS) {
            throw ProblemException.badRequest("The form has " + fields.size() + " fields; it may have at most " + MAX_FIELDS);
        }
        Map<Integer, BigDecimal> ratings = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(FIELD_PREFIX) && value != null && !value.isBlank()) {
                ratings.put(RatingForms.movieId(name.substring(FIELD_PREFIX.length())), RatingForms.parse(value));
            }
        });
        return new OnboardingForm(Map.copyOf(ratings));
    }
}
