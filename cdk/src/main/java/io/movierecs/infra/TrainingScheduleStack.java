package io.movierecs.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.ApiDestination;
import software.amazon.awscdk.services.events.Authorization;
import software.amazon.awscdk.services.events.Connection;
import software.amazon.awscdk.services.events.HttpMethod;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.ApiDestinationProps;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Asks the web app for a training run on a schedule. The app decides whether one is needed, so a
 * call when nothing changed costs a database query. Separate from {@link TrainingStack} because it
 * needs the web app's address, and the web app needs the training stack's roles. Calls that fail
 * after EventBridge's retries go to a dead-letter queue.
 */
public class TrainingScheduleStack extends Stack {
    static final String API_KEY_HEADER = "X-Api-Key";
    static final String TRAINING_RUNS_PATH = "/internal/training-runs";

    /** How long a call that EventBridge gave up on stays in the dead-letter queue for an operator to read. */
    static final Duration DEAD_LETTER_RETENTION = Duration.days(14);

    private final Queue deadLetters;

    public TrainingScheduleStack(Construct scope, String id, TrainingScheduleStackProps props) {
        super(scope, id, StackProps.builder().description("movierecs training schedule (EventBridge)").build());
        Connection connection = Connection.Builder.create(this, "WebApp")
                .description("movierecs web app, authenticated by the training API key")
                .authorization(Authorization.apiKey(API_KEY_HEADER, props.apiKey().getSecretValue()))
                .build();
        ApiDestination trainingRuns = ApiDestination.Builder.create(this, "TrainingRuns")
                .description("POST " + TRAINING_RUNS_PATH)
                .connection(connection)
                .endpoint(props.webBaseUrl() + TRAINING_RUNS_PATH)
                .httpMethod(HttpMethod.POST)
                .rateLimitPerSecond(1)
                .build();
        // A call that still fails after the retries (the app down, a 5xx, a rotated key) lands here,
        // where an alarm sees it, instead of vanishing.
        deadLetters = Queue.Builder.create(this, "DeadLetters")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(DEAD_LETTER_RETENTION)
                .build();
        Nag.accept(deadLetters, "SQS3", "This queue is itself the dead-letter queue of the schedule's target");
        Rule.Builder.create(this, "Schedule")
                .description("Asks movierecs to retrain when ratings changed")
                .schedule(Schedule.expression(props.schedule()))
                .targets(List.of(new software.amazon.awscdk.services.events.targets.ApiDestination(trainingRuns,
                        ApiDestinationProps.builder()
                                .event(RuleTargetInput.fromObject(Map.of()))
                                .retryAttempts(3)
                                .maxEventAge(Duration.hours(1))
                                .deadLetterQueue(deadLetters)
                                .build())))
                .build();
    }

    public Queue getDeadLetters() {
        return deadLetters;
    }
}
