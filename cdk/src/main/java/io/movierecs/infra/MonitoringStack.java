package io.movierecs.infra;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * Alarms that reach a person (an SNS topic, with an email subscription when alarmEmail is set)
 * and the dashboard an operator opens first. README "Operating movierecs" has a runbook per alarm;
 * each alarm's description names its section.
 */
public class MonitoringStack extends Stack {
    static final double LOAD_BALANCER_5XX_PERCENT = 5;
    /** Beanstalk's EnvironmentHealth value for Degraded (Severe is 25). */
    static final double DEGRADED = 20;
    static final double RECOMMENDATIONS_P99_MS = 500;

    private final Topic alarmTopic;
    private final List<Alarm> alarms = new ArrayList<>();

    public MonitoringStack(Construct scope, String id, MonitoringStackProps props) {
        super(scope, id, StackProps.builder().description("movierecs monitoring: alarms, their topic, the dashboard")
                .build());
        alarmTopic = Topic.Builder.create(this, "AlarmTopic").displayName("movierecs alarms").enforceSsl(true).build();
        Nag.accept(alarmTopic, "SNS2", "Alarm notifications carry no secrets, and CloudWatch cannot publish to a topic "
                + "encrypted with AWS's managed SNS key; a key of our own would cost more than what it protects");
        if (props.settings().alarmEmail() != null) {
            alarmTopic.addSubscription(new EmailSubscription(props.settings().alarmEmail()));
        }
        OperatorMetrics metrics = new OperatorMetrics(
                EnvironmentLoadBalancer.fullName(this, props.environmentName()), props.environmentName(),
                props.recommendations(), props.scheduleDeadLetters());

        alarm("LoadBalancer5xx", metrics.loadBalancer5xxPercent(), LOAD_BALANCER_5XX_PERCENT, 2, 2,
                TreatMissingData.NOT_BREACHING, true, "5% or more of requests answered 5xx for 10 minutes");
        alarm("EnvironmentHealth", metrics.environmentHealth(), DEGRADED, 5, 4,
                TreatMissingData.MISSING, true, "Beanstalk says the environment is Degraded or Severe for 4 of 5 minutes");
        alarm("RecommendationsLatency", metrics.recommendationsP99(), RECOMMENDATIONS_P99_MS, 3, 3,
                TreatMissingData.NOT_BREACHING, true, "p99 of GET /api/me/recommendations over "
                        + (int) RECOMMENDATIONS_P99_MS + " ms for 15 minutes");
        alarm("TrainingRunFailed", metrics.failedOrRejectedRuns(), 1, 1, 1,
                TreatMissingData.NOT_BREACHING, false, "a training run ended FAILED or REJECTED");
        alarm("ModelStale", metrics.servedModelAgeSeconds(), props.settings().modelMaxAge().toSeconds(), 1, 1,
                TreatMissingData.BREACHING, true, "the served model has not caught up with the ratings for "
                        + props.settings().modelMaxAge().toHours() + " hours, or no instance reports its age");
        alarm("ScheduleDeadLetters", metrics.deadLetters(), 1, 1, 1,
                TreatMissingData.NOT_BREACHING, true, "EventBridge gave up calling POST /internal/training-runs");
        alarm("TableThrottles", metrics.tableThrottles(), 1, 1, 1,
                TreatMissingData.NOT_BREACHING, true, "DynamoDB throttled reads or writes of the recommendations table");

        OperatorDashboard dashboard = new OperatorDashboard(this, metrics, alarms, props.environmentName());
        CfnOutput.Builder.create(this, "AlarmTopicArn").value(alarmTopic.getTopicArn())
                .description("Subscribe more people or a chat hook here").build();
        CfnOutput.Builder.create(this, "DashboardUrl").value(dashboard.url()).build();
        CfnOutput.Builder.create(this, "AppLogGroup").value(OperatorDashboard.appLogGroup(props.environmentName()))
                .description("The app's JSON log lines (CloudWatch Logs)").build();
    }

    /**
     * An alarm at or above {@code threshold} for {@code datapoints} of {@code periods} periods. State
     * alarms also say when they are over; an alarm on an event (a run that failed) only when it happens.
     */
    private void alarm(String id, IMetric metric, double threshold, int periods, int datapoints,
                       TreatMissingData missing, boolean notifyWhenOver, String meaning) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(periods)
                .datapointsToAlarm(datapoints)
                .treatMissingData(missing)
                .alarmDescription(meaning + ". Runbook: README, Operating movierecs, " + id + ".")
                .build();
        alarm.addAlarmAction(new SnsAction(alarmTopic));
        if (notifyWhenOver) {
            alarm.addOkAction(new SnsAction(alarmTopic));
        }
        alarms.add(alarm);
    }

    public Topic getAlarmTopic() {
        return alarmTopic;
    }
}
