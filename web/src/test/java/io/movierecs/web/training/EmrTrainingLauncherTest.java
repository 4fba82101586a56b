package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmrTrainingLauncherTest {
    static EmrApiStub emr;
    static ApplicationContext context;
    static TrainingLauncher launcher;

    @BeforeAll
    static void start() throws IOException {
        emr = new EmrApiStub();
        context = ApplicationContext.run(Map.ofEntries(
                Map.entry("movierecs.aws.endpoint", emr.endpoint().toString()),
                Map.entry("movierecs.training.launcher", "emr"),
                Map.entry("movierecs.models.bucket", "models-bucket"),
                Map.entry("movierecs.recommendations.table", "recs-table"),
                Map.entry("movierecs.training.emr.release-label", "emr-7.5.0"),
                Map.entry("movierecs.training.emr.core-instance-type", "r5.2xlarge"),
                Map.entry("movierecs.training.emr.core-instance-count", "3"),
                Map.entry("movierecs.training.emr.core-spot", "true"),
                Map.entry("movierecs.training.emr.log-uri", "s3://logs-bucket/emr/"),
                Map.entry("movierecs.training.emr.service-role", "movierecs-emr-service"),
                Map.entry("movierecs.training.emr.instance-profile", "movierecs-emr-instance"),
                Map.entry("movierecs.training.emr.job-jar", "s3://models-bucket/jobs/movierecs-emr-job.jar"),
                Map.entry("movierecs.training.emr.movielens", "s3://models-bucket/movielens/ml-latest-small"),
                Map.entry("movierecs.training.emr.idle-timeout", "20m"),
                Map.entry("movierecs.training.emr.subnet-id", "subnet-0abc"),
                Map.entry("movierecs.training.emr.tags.team", "recs")), "test");
        launcher = context.getBean(TrainingLauncher.class);
    }

    @AfterAll
    static void stop() {
        context.close();
        emr.close();
    }

    @Test
    void launchAsksForATransientSparkClusterRunningTheJobOnceAndTerminating() throws IOException {
        emr.respond("RunJobFlow", "{\"JobFlowId\":\"j-2AXXXXXXGAPLF\"}");

        String clusterId = launcher.launch("run-emr-1");

        assertThat(clusterId).isEqualTo("j-2AXXXXXXGAPLF");
        Map<String, Object> request = json(last("RunJobFlow"));
        assertThat(request).containsEntry("ReleaseLabel", "emr-7.5.0")
                .containsEntry("ServiceRole", "movierecs-emr-service")
                .containsEntry("JobFlowRole", "movierecs-emr-instance")
                .containsEntry("LogUri", "s3://logs-bucket/emr/")
                .containsEntry("Applications", List.of(Map.of("Name", "Spark")))
                .containsEntry("AutoTerminationPolicy", Map.of("IdleTimeout", 1200));
        Map<String, Object> instances = map(request.get("Instances"));
        assertThat(instances).containsEntry("KeepJobFlowAliveWhenNoSteps", false).containsEntry("Ec2SubnetId", "subnet-0abc");
        assertThat(list(instances.get("InstanceGroups"))).anySatisfy(group -> assertThat(map(group))
                .containsEntry("InstanceRole", "CORE").containsEntry("Market", "SPOT")
                .containsEntry("InstanceType", "r5.2xlarge").containsEntry("InstanceCount", 3));
        assertThat(list(request.get("Tags"))).contains(Map.of("Key", "movierecs:run-id", "Value", "run-emr-1"),
                Map.of("Key", "team", "Value", "recs"),
                Map.of("Key", "for-use-with-amazon-emr-managed-policies", "Value", "true"),
                Map.of("Key", "application", "Value", "movierecs"));
    }

    @Test
    void theStepSubmitsTheJobJarWithTheRunsArgumentsAndEndsTheClusterOnFailure() throws IOException {
        emr.respond("RunJobFlow", "{\"JobFlowId\":\"j-STEP\"}");

        launcher.launch("run-emr-2");

        Map<String, Object> step = map(list(json(last("RunJobFlow")).get("Steps")).get(0));
        assertThat(step).containsEntry("ActionOnFailure", "TERMINATE_CLUSTER");
        Map<String, Object> jar = map(step.get("HadoopJarStep"));
        assertThat(jar).containsEntry("Jar", "command-runner.jar");
        assertThat(list(jar.get("Args"))).containsSubsequence("spark-submit", "--class", "io.movierecs.job.TrainingJob",
                        "s3://models-bucket/jobs/movierecs-emr-job.jar")
                .containsSubsequence("--movielens", "s3://models-bucket/movielens/ml-latest-small")
                .containsSubsequence("--app-ratings", "s3://models-bucket/snapshots/run-emr-2/ratings.csv.gz")
                .containsSubsequence("--run-id", "run-emr-2")
                .containsSubsequence("--model-out", "s3://models-bucket/models/run-emr-2")
                .containsSubsequence("--recs-table", "recs-table");
    }

    @Test
    void aCompletedStepMeansTheRunSucceeded() {
        emr.respond("ListSteps", "{\"Steps\":[{\"Id\":\"s-1\",\"Status\":{\"State\":\"COMPLETED\"}}]}");

        assertThat(launcher.state("run-emr-3", "j-DONE").phase()).isEqualTo(TrainingLauncher.JobState.Phase.SUCCEEDED);
        assertThat(json(last("ListSteps"))).containsEntry("ClusterId", "j-DONE");
    }

    @Test
    void aFailedStepFailsTheRunWithEmrsReason() {
        emr.respond("ListSteps", "{\"Steps\":[{\"Id\":\"s-2\",\"Status\":{\"State\":\"FAILED\","
                + "\"FailureDetails\":{\"Message\":\"Exception in thread main\"}}}]}");

        TrainingLauncher.JobState state = launcher.state("run-emr-4", "j-FAIL");

        assertThat(state.phase()).isEqualTo(TrainingLauncher.JobState.Phase.FAILED);
        assertThat(state.detail()).contains("Exception in thread main");
    }

    @Test
    void aClusterThatEndedBeforeItsStepRanFailsTheRun() {
        emr.respond("ListSteps", "{\"Steps\":[{\"Id\":\"s-3\",\"Status\":{\"State\":\"PENDING\"}}]}");
        emr.respond("DescribeCluster", "{\"Cluster\":{\"Id\":\"j-GONE\",\"Status\":{\"State\":\"TERMINATED_WITH_ERRORS\","
                + "\"StateChangeReason\":{\"Message\":\"Spot capacity not available\"}}}}");

        TrainingLauncher.JobState state = launcher.state("run-emr-5", "j-GONE");

        assertThat(state.phase()).isEqualTo(TrainingLauncher.JobState.Phase.FAILED);
        assertThat(state.detail()).contains("Spot capacity not available");
    }

    @Test
    void stoppingTerminatesTheCluster() {
        launcher.stop("run-emr-6", "j-STOP");

        assertThat(json(last("TerminateJobFlows"))).containsEntry("JobFlowIds", List.of("j-STOP"));
    }

    private static String last(String operation) {
        List<EmrApiStub.Call> calls = emr.calls(operation);
        return calls.get(calls.size() - 1).body();
    }

    private static Map<String, Object> json(String body) {
        try {
            return context.getBean(JsonMapper.class).readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
