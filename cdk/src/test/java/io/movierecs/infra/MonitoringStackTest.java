package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.movierecs.contracts.Metrics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Each alarm: what it watches, when it fires, whom it tells. */
class MonitoringStackTest {
    private static MonitoringStack stack;
    private static Template template;
    private static Object topic;

    @BeforeAll
    static void synthesize() {
        stack = TestDeployment.stacks().getMonitoring();
        template = TestDeployment.template(stack);
        topic = stack.resolve(stack.getAlarmTopic().getTopicArn());
    }

    @Test
    void loadBalancer5xxAlarmWatchesTheShareOf5xxAnswers() {
        hasAlarm("LoadBalancer5xx", Map.of("Metrics", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Expression", Match.stringLikeRegexp(
                        "IF\\(\\(FILL\\(requests, 0\\) \\+ FILL\\(elb5xx, 0\\)\\) >= 20, 100 \\* \\(FILL\\(elb5xx, 0\\) "
                                + "\\+ FILL\\(target5xx, 0\\)\\).*"))),
                metricStat("AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", "Sum"),
                metricStat("AWS/ApplicationELB", "RequestCount", "Sum"),
                metricStat("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "Sum")))));
    }

    @Test
    void loadBalancer5xxAlarmFiresAtFivePercentForTenMinutes() {
        hasAlarm("LoadBalancer5xx", Map.of("Threshold", 5, "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                "EvaluationPeriods", 2, "DatapointsToAlarm", 2));
    }

    @Test
    void loadBalancerIsFoundByTheTagBeanstalkPutsOnIt() {
        assertThat(template.findResources("Custom::AWS").toString())
                .contains("\"service\":\"ResourceGroupsTaggingAPI\"").contains("\"action\":\"getResources\"")
                .contains("\"ResourceTypeFilters\":[\"elasticloadbalancing:loadbalancer\"]")
                .contains("\"Key\":\"elasticbeanstalk:environment-name\"");
    }

    @Test
    void environmentHealthAlarmFiresWhenDegradedForFourOfFiveMinutes() {
        hasAlarm("EnvironmentHealth", Map.of("Namespace", "AWS/ElasticBeanstalk", "MetricName", "EnvironmentHealth",
                "Statistic", "Maximum", "Period", 60, "Threshold", 20, "EvaluationPeriods", 5, "DatapointsToAlarm", 4));
    }

    @Test
    void environmentHealthAlarmWatchesTheWebEnvironment() {
        hasAlarm("EnvironmentHealth", Map.of("Dimensions", List.of(Map.of("Name", "EnvironmentName",
                "Value", Map.of("Fn::ImportValue", Match.stringLikeRegexp("MovierecsWeb:ExportsOutputRefEnvironment.*"))))));
    }

    @Test
    void latencyAlarmWatchesTheP99TheAppPublishesForTheRecommendationsRoute() {
        hasAlarm("RecommendationsLatency", Map.of("Namespace", Metrics.NAMESPACE,
                "MetricName", "http.server.requests.percentile.value",
                "Dimensions", Match.arrayEquals(List.of(
                        Map.of("Name", "phi", "Value", "0.99"),
                        Map.of("Name", "status", "Value", "200"),
                        Map.of("Name", "uri", "Value", "/api/me/recommendations"))),
                "Statistic", "Maximum"));
    }

    @Test
    void latencyAlarmFiresAbove500MillisecondsForFifteenMinutes() {
        hasAlarm("RecommendationsLatency", Map.of("Threshold", 500, "Period", 300, "EvaluationPeriods", 3,
                "DatapointsToAlarm", 3));
    }

    @Test
    void trainingAlarmCountsRunsEndingFailedOrRejected() {
        hasAlarm("TrainingRunFailed", Map.of("Threshold", 1, "Metrics", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Expression", "FILL(failed, 0) + FILL(rejected, 0)")),
                runsFinished("FAILED"), runsFinished("REJECTED")))));
    }

    @Test
    void trainingAlarmTellsWhenARunFailsButNotWhenItIsOver() {
        hasAlarm("TrainingRunFailed", Map.of("AlarmActions", List.of(topic), "OKActions", Match.absent()));
    }

    @Test
    void modelAlarmFiresWhenTheServedModelLagsTwoSchedulePeriods() {
        hasAlarm("ModelStale", Map.of("Namespace", Metrics.NAMESPACE, "MetricName", "model.served.age.value",
                "Statistic", "Maximum", "Threshold", 2 * 24 * 3600));
    }

    @Test
    void modelAlarmFiresWhenNoInstanceReportsTheModelsAge() {
        hasAlarm("ModelStale", Map.of("TreatMissingData", "breaching"));
    }

    @Test
    void modelAlarmFollowsTheSchedule() {
        Template hourly = TestDeployment.template(TestDeployment.deploy(Map.of("trainingSchedule", "rate(6 hours)"))
                .getMonitoring());

        hourly.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "model.served.age.value", "Threshold", 12 * 3600)));
    }

    @Test
    void deadLetterAlarmFiresOnTheFirstCallEventBridgeGaveUpOn() {
        hasAlarm("ScheduleDeadLetters", Map.of("Namespace", "AWS/SQS", "MetricName", "ApproximateNumberOfMessagesVisible",
                "Dimensions", List.of(Map.of("Name", "QueueName", "Value", Map.of("Fn::ImportValue",
                        Match.stringLikeRegexp("MovierecsTrainingSchedule:.*DeadLetters.*QueueName.*")))),
                "Threshold", 1));
    }

    @Test
    void throttleAlarmWatchesReadsAndWritesOfTheRecommendationsTable() {
        hasAlarm("TableThrottles", Map.of("Threshold", 1, "Metrics", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Expression", "FILL(reads, 0) + FILL(writes, 0)")),
                metricStat("AWS/DynamoDB", "ReadThrottleEvents", "Sum"),
                metricStat("AWS/DynamoDB", "WriteThrottleEvents", "Sum")))));
    }

    @Test
    void everyAlarmNotifiesTheTopic() {
        assertThat(template.findResources("AWS::CloudWatch::Alarm")).hasSize(7).allSatisfy((id, alarm) ->
                assertThat(alarm.toString()).contains("AlarmActions=[" + topic + "]"));
    }

    @Test
    void stateAlarmsAlsoTellWhenTheyAreOver() {
        for (String id : List.of("LoadBalancer5xx", "EnvironmentHealth", "RecommendationsLatency", "ModelStale",
                "ScheduleDeadLetters", "TableThrottles")) {
            hasAlarm(id, Map.of("OKActions", List.of(topic)));
        }
    }

    @Test
    void withoutAnAlarmEmailNobodyIsSubscribed() {
        template.resourceCountIs("AWS::SNS::Subscription", 0);
    }

    @Test
    void alarmEmailIsSubscribedToTheTopic() {
        Template subscribed = TestDeployment.template(TestDeployment.deploy(Map.of("alarmEmail", "ops@example.com"))
                .getMonitoring());

        subscribed.hasResourceProperties("AWS::SNS::Subscription", Match.objectLike(Map.of(
                "Protocol", "email", "Endpoint", "ops@example.com")));
    }

    @Test
    void topicRefusesUnencryptedPublishing() {
        template.hasResourceProperties("AWS::SNS::TopicPolicy", Match.objectLike(Map.of("PolicyDocument",
                Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny", "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
    }

    @Test
    void dashboardShowsTheAlarmsFirst() {
        String body = dashboardBody();

        assertThat(body.indexOf("\"type\":\"alarm\"")).isNotNegative().isLessThan(body.indexOf("\"type\":\"metric\""));
    }

    @Test
    void dashboardShowsTheLatestWarningsAndErrorsOfTheAppsLog() {
        assertThat(dashboardBody()).contains("/var/log/web.stdout.log")
                .contains("filter @message like /\\\"level\\\":\\\"(WARN|ERROR)\\\"/");
    }

    private static String dashboardBody() {
        return template.findResources("AWS::CloudWatch::Dashboard").values().iterator().next().toString();
    }

    private static void hasAlarm(String id, Map<String, Object> properties) {
        Map<String, Object> expected = new HashMap<>(properties);
        expected.put("AlarmDescription", Match.stringLikeRegexp(".*Runbook: README, Operating movierecs, " + id + "\\."));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(expected));
    }

    private static Object metricStat(String namespace, String metricName, String statistic) {
        return Match.objectLike(Map.of("MetricStat", Match.objectLike(Map.of("Stat", statistic,
                "Metric", Match.objectLike(Map.of("Namespace", namespace, "MetricName", metricName))))));
    }

    private static Object runsFinished(String status) {
        return Match.objectLike(Map.of("MetricStat", Match.objectLike(Map.of("Stat", "Sum",
                "Metric", Match.objectLike(Map.of("Namespace", Metrics.NAMESPACE,
                        "MetricName", "training.runs.finished.count",
                        "Dimensions", List.of(Map.of("Name", "status", "Value", status))))))));
    }
}
