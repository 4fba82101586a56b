package io.movierecs.infra;

import java.util.List;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;

/** All of movierecs, one stack per lifecycle, wired through typed getters. */
public final class MovierecsStacks {
    private final DataStack data;
    private final NetworkStack network;
    private final DatabaseStack database;
    private final TrainingStack training;
    private final WebStack web;
    private final TrainingScheduleStack schedule;
    private final MonitoringStack monitoring;

    public MovierecsStacks(Construct app, DeployConfig config, BuildOutputs build) {
        data = new DataStack(app, "MovierecsData", config.snapshotRetentionDays());
        network = new NetworkStack(app, "MovierecsNetwork", config.network(), config.logRetentionDays());
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
                .loadBalancerSecurityGroup(network.getLoadBalancerSecurityGroup())
                .recommendations(data.getRecommendations())
                .models(data.getModels())
                .database(database)
                .training(training)
                .settings(config.web())
                .logRetentionDays(config.logRetentionDays())
                .build(build)
                .build());
        // Always deployed: CloudFront gives every deployment the HTTPS address API destinations need.
        schedule = new TrainingScheduleStack(app, "MovierecsTrainingSchedule", TrainingScheduleStackProps.builder()
                .webBaseUrl(web.getHttpsUrl())
                .apiKey(training.getApiKey())
                .schedule(config.trainingSchedule())
                .build());
        monitoring = new MonitoringStack(app, "MovierecsMonitoring", MonitoringStackProps.builder()
                .environmentName(web.getBeanstalkEnvironment().getRef())
                .recommendations(data.getRecommendations())
                .scheduleDeadLetters(schedule.getDeadLetters())
                .settings(config.monitoring())
                .build());
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

    public TrainingScheduleStack getSchedule() {
        return schedule;
    }

    public MonitoringStack getMonitoring() {
        return monitoring;
    }

    /** Every stack of the deployment, for checks that look at all of them. */
    public List<Stack> all() {
        return List.of(data, network, database, training, web, schedule, monitoring);
    }
}
