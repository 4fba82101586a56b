package io.movierecs.infra;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often an EventBridge schedule fires, for the alarm that expects a model at least that
 * fresh. A {@code rate(...)} says it exactly; a {@code cron(...)} is read conservatively: weekly
 * when it names days of the week, monthly when it names days of the month, daily otherwise (a
 * cron that fires more often than daily only makes the alarm later, never false).
 */
final class SchedulePeriod {
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)\\)");

    private SchedulePeriod() {
    }

    static Duration of(String expression) {
        Matcher rate = RATE.matcher(expression.trim());
        if (rate.matches()) {
            long value = Long.parseLong(rate.group(1));
            return switch (rate.group(2)) {
                case "minute", "minutes" -> Duration.ofMinutes(value);
                case "hour", "hours" -> Duration.ofHours(value);
                default -> Duration.ofDays(value);
            };
        }
        Matcher cron = CRON.matcher(expression.trim());
        if (cron.matches()) {
            if (isSet(cron.group(5))) {
                return Duration.ofDays(7);
            }
            return isSet(cron.group(3)) ? Duration.ofDays(31) : Duration.ofDays(1);
        }
        throw new IllegalArgumentException("not an EventBridge schedule expression (rate(1 day), cron(0 3 * * ? *)): "
                + expression);
    }

    private static boolean isSet(String cronField) {
        return !cronField.equals("*") && !cronField.equals("?");
    }
}
