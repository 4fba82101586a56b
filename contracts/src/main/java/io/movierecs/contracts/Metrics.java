package io.movierecs.contracts;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The metrics the web app records and the alarms and dashboard in AWS read, named once so the two
 * sides cannot drift apart. The app records meters with Micrometer; in production the ones in
 * {@link #PUBLISHED_TO_CLOUDWATCH} reach CloudWatch in {@link #NAMESPACE} every
 * {@link #STEP_SECONDS}, where each statistic of a meter becomes a metric named
 * {@code <meter>.<statistic>} ({@link #inCloudWatch}) and each tag a dimension.
 */
public final class Metrics {
    public static final String NAMESPACE = "movierecs";
    public static final int STEP_SECONDS = 60;

    /**
     * The web app's timer of every HTTP request (its own server filter, cheaper per request than
     * micronaut-micrometer's), tagged by route template, method and status.
     */
    public static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    public static final String TAG_URI = "uri";
    public static final String TAG_STATUS = "status";
    public static final String RECOMMENDATIONS_ROUTE = "/api/me/recommendations";
    /**
     * Tags that CloudWatch does not get, so a route has one series per status (each series of
     * each statistic is a custom metric billed by the month).
     */
    public static final List<String> TAGS_NOT_IN_CLOUDWATCH = List.of("method");
    /** Micrometer's tag on a percentile's gauge; each instance computes its own percentiles. */
    public static final String TAG_PHI = "phi";
    /** The percentile the latency alarm watches, as the {@link #TAG_PHI} tag writes it. */
    public static final String ALARMED_PERCENTILE = "0.99";

    /** Hikari's pool (micronaut-micrometer's datasource binder): requests waiting for a connection. */
    public static final String DB_CONNECTIONS_PENDING = "hikaricp.connections.pending";
    public static final String TAG_POOL = "pool";
    /** The pool's name, set in application.yml (Hikari's own is numbered per start). */
    public static final String DB_POOL = "default";
    /** Micronaut cache lookups, tagged {@link #TAG_CACHE} (name) and {@link #TAG_RESULT} (hit, miss). */
    public static final String CACHE_GETS = "cache.gets";
    public static final String TAG_CACHE = "cache";
    public static final String TAG_RESULT = "result";
    public static final String RECOMMENDATIONS_CACHE = "recommendations";

    // Counters and timers of the app's own features, tagged as noted.
    /** Counter, tag {@link #TAG_SOURCE}: which path answered a recommendations request. */
    public static final String RECOMMENDATIONS_SERVED = "recommendations.served";
    public static final String TAG_SOURCE = "source";
    public static final List<String> SOURCES = List.of("batch", "fold-in", "popular");
    /** Timer, tag {@link #TAG_OUTCOME} ({@link #STORE_READ_OUTCOMES}): one DynamoDB GetItem of a user's list. */
    public static final String RECOMMENDATION_STORE_READS = "recommendations.store.reads";
    public static final List<String> STORE_READ_OUTCOMES = List.of("found", "absent", "failed");
    /** Timer: one fold-in of a user's ratings against the served model. */
    public static final String FOLD_IN = "recommendations.fold-in";
    /** Counter: ratings created or replaced. */
    public static final String RATINGS_WRITTEN = "ratings.written";
    /** Counter, tag {@link #TAG_OUTCOME} (created, rejected). */
    public static final String SIGNUPS = "accounts.signups";
    /** Counter, tag {@link #TAG_OUTCOME} (success, failure, throttled). */
    public static final String LOGINS = "accounts.logins";
    public static final String TAG_OUTCOME = "outcome";
    /** Counter, tag {@link #TAG_RUN_STATUS}: a training run reached a final state. */
    public static final String TRAINING_RUNS_FINISHED = "training.runs.finished";
    /** Timer, tag {@link #TAG_RUN_STATUS}: from a run's start to its final state. */
    public static final String TRAINING_RUN_DURATION = "training.runs.duration";
    public static final String TAG_RUN_STATUS = "status";
    /** The states a run can end in (the web app's RunStatus names); a state no run ended in has no series. */
    public static final List<String> FINAL_RUN_STATUSES = List.of("ACTIVE", "SKIPPED", "REJECTED", "FAILED", "CANCELLED");
    /** The ones a person must look at. */
    public static final List<String> FAILED_RUN_STATUSES = List.of("FAILED", "REJECTED");
    /**
     * Gauge, seconds: how long ago the served model last caught up with the ratings, which is when
     * it was activated or, later, when a run was SKIPPED because no rating had changed since. With
     * no model at all it counts from the instance's start. A quiet service is not a stale one.
     */
    public static final String MODEL_SERVED_AGE = "model.served.age";
    /**
     * Gauge: the served model's NDCG@10 on its holdout, the time-aware one when its manifest has
     * it (the one {@link Manifest} says to gate on), else the random one. No value while no model serves.
     */
    public static final String MODEL_SERVED_NDCG = "model.served.ndcg-at-10";

    /**
     * Counter, tag {@link #TAG_REASON} ({@link #IMPRESSION_DROP_REASONS}): recommendation lists
     * served but never recorded as impressions, so the online shares on {@code /training-runs}
     * undercount. On the instance's Prometheus endpoint only.
     */
    public static final String IMPRESSIONS_DROPPED = "feedback.impressions.dropped";
    public static final String TAG_REASON = "reason";
    /** The recorder's queue was full, or writing a batch to the database failed. */
    public static final List<String> IMPRESSION_DROP_REASONS = List.of("queue-full", "write-failed");

    /**
     * The meters production sends to CloudWatch (each series of each statistic is a custom metric
     * billed by the month); the rest (JVM, the whole pool, every other route, other caches) stay on
     * the instance's Prometheus endpoint. Of {@link #HTTP_SERVER_REQUESTS} only
     * {@link #RECOMMENDATIONS_ROUTE} goes (the load balancer measures every route for free), of
     * {@link #CACHE_GETS} only {@link #RECOMMENDATIONS_CACHE}, of percentiles only
     * {@link #ALARMED_PERCENTILE}.
     */
    public static final List<String> PUBLISHED_TO_CLOUDWATCH = List.of(HTTP_SERVER_REQUESTS,
            DB_CONNECTIONS_PENDING, CACHE_GETS, RECOMMENDATIONS_SERVED, RECOMMENDATION_STORE_READS, FOLD_IN,
            RATINGS_WRITTEN, SIGNUPS, LOGINS, TRAINING_RUNS_FINISHED, TRAINING_RUN_DURATION, MODEL_SERVED_AGE,
            MODEL_SERVED_NDCG);
    private static final String PERCENTILE = ".percentile";

    /** The statistics Micrometer's CloudWatch registry publishes, one metric each. */
    public enum Statistic {
        /** Counters, and timers' number of events in the step. */
        COUNT,
        /** Gauges, and each percentile of a timer. */
        VALUE,
        /** Timers: total, mean and largest duration in the step, in milliseconds. */
        SUM, AVG, MAX;

        String suffix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Metrics() {
    }

    /** The CloudWatch metric name of one statistic of a meter, such as {@code training.runs.finished.count}. */
    public static String inCloudWatch(String meter, Statistic statistic) {
        return meter + "." + statistic.suffix();
    }

    /** The CloudWatch metric name of a timer's percentiles (dimension {@link #TAG_PHI} tells which one). */
    public static String percentileInCloudWatch(String timer) {
        return inCloudWatch(timer + PERCENTILE, Statistic.VALUE);
    }

    /**
     * Whether production publishes this meter to CloudWatch.
     *
     * @param meter    the meter's name (a timer's percentile gauges are named {@code <timer>.percentile})
     * @param tagValue the meter's value of a tag, null when it has none
     */
    public static boolean isPublishedToCloudWatch(String meter, Function<String, String> tagValue) {
        boolean percentile = meter.endsWith(PERCENTILE);
        String base = percentile ? meter.substring(0, meter.length() - PERCENTILE.length()) : meter;
        if (!PUBLISHED_TO_CLOUDWATCH.contains(base) || percentile && !ALARMED_PERCENTILE.equals(tagValue.apply(TAG_PHI))) {
            return false;
        }
        return switch (base) {
            case HTTP_SERVER_REQUESTS -> RECOMMENDATIONS_ROUTE.equals(tagValue.apply(TAG_URI));
            case CACHE_GETS -> RECOMMENDATIONS_CACHE.equals(tagValue.apply(TAG_CACHE));
            default -> true;
        };
    }
}
