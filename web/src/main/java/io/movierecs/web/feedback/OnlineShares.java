package io.movierecs.web.feedback;

import java.util.Locale;

/**
 * What users did with one model's recommendations: of the distinct (user, movie) pairs it showed,
 * how many the user rated 4 or more, and how many they hid ("Not interested"), within the outcome
 * window after an impression. The rest were ignored (or rated below 4).
 */
public record OnlineShares(long shown, long ratedFourOrMore, long hidden) {

    public double ratedFourOrMoreShare() {
        return shown == 0 ? 0 : (double) ratedFourOrMore / shown;
    }

    public double hiddenShare() {
        return shown == 0 ? 0 : (double) hidden / shown;
    }

    /** As the admin page shows it: "28.6% / 14.3% of 7 shown". */
    public String summary() {
        return String.format(Locale.ROOT, "%.1f%% / %.1f%% of %d shown", 100 * ratedFourOrMoreShare(), 100 * hiddenShare(), shown);
    }
}
