package io.movierecs.contracts;

import java.util.ArrayList;
import java.util.List;

/**
 * The rating scale, the same for a person rating in the app, the MovieLens import and the job's
 * input: {@value #MIN} to {@value #MAX} stars in steps of {@value #STEP}.
 */
public final class RatingScale {
    public static final double MIN = 0.5;
    public static final double MAX = 5.0;
    public static final double STEP = 0.5;
    /** "0.5 to 5.0 in steps of 0.5", a constant so that annotations can say it too. */
    public static final String RANGE = MIN + " to " + MAX + " in steps of " + STEP;

    private static final List<Double> VALUES = steps();

    private RatingScale() {
    }

    /** Every rating there is, lowest first: what a rating form offers. */
    public static List<Double> values() {
        return VALUES;
    }

    public static boolean accepts(double rating) {
        return rating >= MIN && rating <= MAX && Math.rint(rating / STEP) * STEP == rating;
    }

    private static List<Double> steps() {
        List<Double> values = new ArrayList<>();
        for (int step = 0; MIN + step * STEP <= MAX; step++) {
            values.add(MIN + step * STEP);
        }
        return List.copyOf(values);
    }
}
