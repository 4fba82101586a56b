package io.movierecs.infra;

import io.movierecs.contracts.Metrics;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.HorizontalAnnotation;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.LogQueryWidget;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Row;

/**
 * What an operator looks at first, top to bottom: which alarms are firing; is the site answering
 * (requests, 5xx, latency, health); are recommendations good (source, cache, the served model);
 * is what they depend on well (DynamoDB, the database pool, the schedule); the latest errors.
 */
final class OperatorDashboard {
    static final String NAME = "movierecs";
    private static final int WIDTH = 8;
    private static final int HEIGHT = 6;

    private final Dashboard dashboard;

    OperatorDashboard(Stack stack, OperatorMetrics metrics, List<Alarm> alarms, String environmentName) {
        dashboard = Dashboard.Builder.create(stack, "Dashboard").dashboardName(NAME).build();
        dashboard.addWidgets(AlarmStatusWidget.Builder.create().title("Alarms")
                .alarms(alarms.stream().<IAlarm>map(alarm -> alarm).toList()).width(24).height(3).build());
        dashboard.addWidgets(new Row(
                graph("Requests (load balancer)", List.of(metrics.loadBalancer("RequestCount", "Sum")), null),
                graph("5xx % of requests", List.of(metrics.loadBalancer5xxPercent()),
                        MonitoringStack.LOAD_BALANCER_5XX_PERCENT),
                graph("Response time p99, all routes (s)", List.of(metrics.loadBalancer("TargetResponseTime", "p99")),
                        null)));
        dashboard.addWidgets(new Row(
                graph("Environment health (20 degraded, 25 severe)", List.of(metrics.environmentHealth()),
                        MonitoringStack.DEGRADED),
                graph("Recommendations p99 (ms)", List.of(metrics.recommendationsP99()),
                        MonitoringStack.RECOMMENDATIONS_P99_MS),
                graph("Recommendations by source", metrics.recommendationsBySource(), null)));
        dashboard.addWidgets(new Row(
                graph("Recommendations cache hit %", List.of(metrics.recommendationsCacheHitPercent()), null),
                graph("Training runs by final state", Metrics.FINAL_RUN_STATUSES.stream()
                        .<IMetric>map(metrics::trainingRunsFinished).toList(), null),
                graph("Served model: hours behind the ratings", List.of(MathExpression.Builder.create()
                        .expression("age / 3600").usingMetrics(Map.of("age", metrics.servedModelAgeSeconds()))
                        .label("hours").build()), null)));
        dashboard.addWidgets(new Row(
                graph("Served model NDCG@10", List.of(metrics.servedModelNdcg()), null),
                graph("DynamoDB reads by outcome", metrics.storeReadsByOutcome(), null),
                graph("DynamoDB throttled requests", List.of(metrics.tableThrottles()), null)));
        dashboard.addWidgets(new Row(
                graph("Database connections waited for", List.of(metrics.connectionsPending()), null),
                graph("Schedule calls given up (dead letters)", List.of(metrics.deadLetters()), null),
                LogQueryWidget.Builder.create().title("Latest warnings and errors")
                        .logGroupNames(List.of(appLogGroup(environmentName)))
                        .queryLines(List.of("fields @timestamp, @message",
                                "filter @message like /\"level\":\"(WARN|ERROR)\"/",
                                "sort @timestamp desc", "limit 20"))
                        .width(WIDTH).height(HEIGHT).build()));
    }

    /** Where Beanstalk streams the app's standard output (the JSON log lines). */
    static String appLogGroup(String environmentName) {
        return "/aws/elasticbeanstalk/" + environmentName + "/var/log/web.stdout.log";
    }

    String url() {
        Stack stack = Stack.of(dashboard);
        return "https://" + stack.getRegion() + ".console.aws.amazon.com/cloudwatch/home?region=" + stack.getRegion()
                + "#dashboards/dashboard/" + NAME;
    }

    private static IWidget graph(String title, List<IMetric> metrics, Double threshold) {
        GraphWidget.Builder graph = GraphWidget.Builder.create().title(title).left(metrics).width(WIDTH).height(HEIGHT);
        if (threshold != null) {
            graph.leftAnnotations(List.of(HorizontalAnnotation.builder().value(threshold).label("alarm").build()));
        }
        return graph.build();
    }
}
