package io.movierecs.infra;

import java.util.Optional;
import software.amazon.awscdk.Annotations;
import software.constructs.Construct;

/** All of movierecs, one stack per lifecycle, wired through typed getters. */
public final class MovierecsStacks {
    private final DataStack data;
    private final NetworkStack network;
    private final DatabaseStack database;
    private final TrainingStack training;
    private final WebStack web;
    private final TrainingScheduleStack schedule;

    public MovierecsStacks(Construct app, DeployConfig config, BuildOutputs build) {
        data = new DataStack(app, "MovierecsData", config.snapshotRetentionDays());
        network = new NetworkStack(app, "MovierecsNetwork", config.network());
        database = new DatabaseStack(app, "MovierecsDatabase", DatabaseStackProps.builder()
                .vpc(network.getVpc())
                .webSecurityGroup(network.getWebSecurityGroup())
                .settings(config.database())
                .build());
        training = new TrainingStack(app, "MovierecsTraining", TrainingStackProps.builder()
                .models(data.getModels())
                .recommendations(data.getRecommendations())
                .jobJar(build.jobJar())
                .cluster(config.emr())
                .build());
        web = new WebStack(app, "MovierecsWeb", WebStackProps.builder()
                .vpc(network.getVpc())
                .webSecurityGroup(network.getWebSecurityGroup())
                .recommendations(data.getRecommendations())
                .models(data.getModels())
                .database(database)
                .training(training)
                .settings(config.web())
                .build(build)
                .build());
        schedule = config.web().servesHttps()
                ? new TrainingScheduleStack(app, "MovierecsTrainingSchedule", TrainingScheduleStackProps.builder()
                        .webBaseUrl("https://" + config.web().domainName())
                        .apiKey(training.getApiKey())
                        .schedule(config.trainingSchedule())
                        .build())
                : null;
        if (schedule == null) {
            Annotations.of(web).addWarningV2("movierecs:no-training-schedule", "No training schedule deployed: "
                    + "EventBridge API destinations need HTTPS; set -c domainName=... -c certificateArn=...");
        }
    }

    public DataStack getData() {
        return data;
    }

    public NetworkStack getNetwork() {
        return network;
    }

    public DatabaseStack getDatabase() {
        return database;
    }

    public TrainingStack getTraining() {
        return training;
    }

    public WebStack getWeb() {
        return web;
    }

    public Optional<TrainingScheduleStack> getSchedule() {
        return Optional.ofNullable(schedule);
    }
}
