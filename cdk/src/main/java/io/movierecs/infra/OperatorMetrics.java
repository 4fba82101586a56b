package io.movierecs.infra;

import io.movierecs.contracts.Metrics;
import io.movierecs.contracts.Metrics.Statistic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * The figures the alarms watch and the dashboard shows: AWS's own metrics of the load balancer,
 * the Beanstalk environment, the table and the dead-letter queue, and the app's metrics under the
 * names and dimensions {@link Metrics} gives them.
 */
final class OperatorMetrics {
    static final Duration PERIOD = Duration.minutes(5);
    /** Below this many requests in a period the 5xx share says little and counts as zero. */
    static final int MIN_REQUESTS_FOR_5XX_RATE = 20;

    private final String loadBalancer;
    private final String environmentName;
    private final ITable table;
    private final IQueue deadLetters;

    OperatorMetrics(String loadBalancerFullName, String environmentName, ITable table, IQueue deadLetters) {
        this.loadBalancer = loadBalancerFullName;
        this.environmentName = environmentName;
        this.table = table;
        this.deadLetters = deadLetters;
    }

    Metric loadBalancer(String metricName, String statistic) {
        return Metric.Builder.create().namespace("AWS/ApplicationELB").metricName(metricName)
                .dimensionsMap(Map.of("LoadBalancer", loadBalancer)).statistic(statistic).period(PERIOD).build();
    }

    /** 5xx answers (the load balancer's own and the app's) as a percentage of all requests. */
    MathExpression loadBalancer5xxPercent() {
        String total = "(FILL(requests, 0) + FILL(elb5xx, 0))";
        return MathExpression.Builder.create()
                .expression("IF(" + total + " >= " + MIN_REQUESTS_FOR_5XX_RATE + ", 100 * (FILL(elb5xx, 0) + "
                        + "FILL(target5xx, 0)) / " + total + ", 0)")
                .usingMetrics(sorted(Map.of(
                        "requests", loadBalancer("RequestCount", "Sum"),
                        "elb5xx", loadBalancer("HTTPCode_ELB_5XX_Count", "Sum"),
                        "target5xx", loadBalancer("HTTPCode_Target_5XX_Count", "Sum"))))
                .label("5xx % of requests").period(PERIOD).build();
    }

    /** Beanstalk's enhanced health: 0 ok, 1 info, 5 unknown, 10 no data, 15 warning, 20 degraded, 25 severe. */
    Metric environmentHealth() {
        return Metric.Builder.create().namespace("AWS/ElasticBeanstalk").metricName("EnvironmentHealth")
                .dimensionsMap(Map.of("EnvironmentName", environmentName)).statistic("Maximum")
                .period(Duration.minutes(1)).build();
    }

    /** Each instance's p99 of successful recommendations requests, in milliseconds; the worst instance counts. */
    Metric recommendationsP99() {
        return app(Metrics.percentileInCloudWatch(Metrics.HTTP_SERVER_REQUESTS), Map.of(
                Metrics.TAG_URI, Metrics.RECOMMENDATIONS_ROUTE, Metrics.TAG_STATUS, "200",
                Metrics.TAG_PHI, Metrics.ALARMED_PERCENTILE), "Maximum");
    }

    Metric trainingRunsFinished(String status) {
        return app(Metrics.inCloudWatch(Metrics.TRAINING_RUNS_FINISHED, Statistic.COUNT),
                Map.of(Metrics.TAG_RUN_STATUS, status), "Sum").with(
                MetricOptions.builder().label(status).build());
    }

    /** Runs that ended in a state a person must look at, summed over those states. */
    MathExpression failedOrRejectedRuns() {
        Map<String, IMetric> byStatus = new LinkedHashMap<>();
        Metrics.FAILED_RUN_STATUSES.forEach(status -> byStatus.put(status.toLowerCase(Locale.ROOT),
                trainingRunsFinished(status)));
        return MathExpression.Builder.create()
                .expression(byStatus.keySet().stream().map(id -> "FILL(" + id + ", 0)").collect(Collectors.joining(" + ")))
                .usingMetrics(byStatus).label("runs " + String.join(" or ", Metrics.FAILED_RUN_STATUSES))
                .period(PERIOD).build();
    }

    Metric servedModelAgeSeconds() {
        return app(Metrics.inCloudWatch(Metrics.MODEL_SERVED_AGE, Statistic.VALUE), Map.of(), "Maximum")
                .with(MetricOptions.builder()
                        .period(Duration.minutes(15)).build());
    }

    Metric servedModelNdcg() {
        return app(Metrics.inCloudWatch(Metrics.MODEL_SERVED_NDCG, Statistic.VALUE), Map.of(), "Minimum");
    }

    List<IMetric> recommendationsBySource() {
        return Metrics.SOURCES.stream().<IMetric>map(source -> app(Metrics.inCloudWatch(Metrics.RECOMMENDATIONS_SERVED,
                Statistic.COUNT), Map.of(Metrics.TAG_SOURCE, source), "Sum")).toList();
    }

    MathExpression recommendationsCacheHitPercent() {
        return MathExpression.Builder.create()
                .expression("100 * FILL(hits, 0) / (FILL(hits, 0) + FILL(misses, 0))")
                .usingMetrics(sorted(Map.of("hits", cacheGets("hit"), "misses", cacheGets("miss"))))
                .label("hit %").period(PERIOD).build();
    }

    List<IMetric> storeReadsByOutcome() {
        return Metrics.STORE_READ_OUTCOMES.stream().<IMetric>map(outcome -> app(Metrics.inCloudWatch(
                Metrics.RECOMMENDATION_STORE_READS, Statistic.COUNT), Map.of(Metrics.TAG_OUTCOME, outcome), "Sum"))
                .toList();
    }

    Metric connectionsPending() {
        return app(Metrics.inCloudWatch(Metrics.DB_CONNECTIONS_PENDING, Statistic.VALUE), Map.of(Metrics.TAG_POOL, Metrics.DB_POOL),
                "Maximum");
    }

    /** Reads and writes the table turned away; the job retries its writes, a throttled read is served by fold-in. */
    MathExpression tableThrottles() {
        return MathExpression.Builder.create()
                .expression("FILL(reads, 0) + FILL(writes, 0)")
                .usingMetrics(sorted(Map.of(
                        "reads", table.metric("ReadThrottleEvents", metricOptions("Sum")),
                        "writes", table.metric("WriteThrottleEvents", metricOptions("Sum")))))
                .label("throttled requests").period(PERIOD).build();
    }

    Metric deadLetters() {
        return deadLetters.metricApproximateNumberOfMessagesVisible(metricOptions("Maximum"));
    }

    private Metric cacheGets(String result) {
        return app(Metrics.inCloudWatch(Metrics.CACHE_GETS, Statistic.COUNT), Map.of(Metrics.TAG_CACHE,
                Metrics.RECOMMENDATIONS_CACHE, Metrics.TAG_RESULT, result), "Sum");
    }

    private static Metric app(String metricName, Map<String, String> dimensions, String statistic) {
        return Metric.Builder.create().namespace(Metrics.NAMESPACE).metricName(metricName).dimensionsMap(sorted(dimensions))
                .statistic(statistic).period(PERIOD).build();
    }

    /** Map.of iterates in an order that changes from run to run; a template must not. */
    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return new TreeMap<>(map);
    }

    private static MetricOptions metricOptions(String statistic) {
        return MetricOptions.builder().statistic(statistic).period(PERIOD)
                .build();
    }
}
