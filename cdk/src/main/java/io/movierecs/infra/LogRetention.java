package io.movierecs.infra;

import java.util.Map;
import software.amazon.awscdk.services.logs.RetentionDays;

/** The log retentions CloudWatch Logs (and so Beanstalk's log streaming) accepts, in days. */
final class LogRetention {
    private static final Map<Integer, RetentionDays> ACCEPTED = Map.ofEntries(
            Map.entry(1, RetentionDays.ONE_DAY), Map.entry(3, RetentionDays.THREE_DAYS),
            Map.entry(5, RetentionDays.FIVE_DAYS), Map.entry(7, RetentionDays.ONE_WEEK),
            Map.entry(14, RetentionDays.TWO_WEEKS), Map.entry(30, RetentionDays.ONE_MONTH),
            Map.entry(60, RetentionDays.TWO_MONTHS), Map.entry(90, RetentionDays.THREE_MONTHS),
            Map.entry(120, RetentionDays.FOUR_MONTHS), Map.entry(150, RetentionDays.FIVE_MONTHS),
            Map.entry(180, RetentionDays.SIX_MONTHS), Map.entry(365, RetentionDays.ONE_YEAR));

    private LogRetention() {
    }

    static RetentionDays of(int days) {
        return ACCEPTED.get(checked(days));
    }

    static int checked(int days) {
        if (!ACCEPTED.containsKey(days)) {
            throw new IllegalArgumentException("must be one of " + ACCEPTED.keySet().stream().sorted().toList());
        }
        return days;
    }
}
