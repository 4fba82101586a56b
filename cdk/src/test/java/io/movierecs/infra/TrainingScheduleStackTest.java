package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class TrainingScheduleStackTest {
    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = TestDeployment.template(TestDeployment.stacks().getSchedule().orElseThrow());
    }

    @Test
    void connectionAuthenticatesWithAnApiKeyInTheXApiKeyHeader() {
        template.hasResourceProperties("AWS::Events::Connection", Match.objectLike(Map.of(
                "AuthorizationType", "API_KEY",
                "AuthParameters", Map.of("ApiKeyAuthParameters", Match.objectLike(Map.of(
                        "ApiKeyName", "X-Api-Key"))))));
    }

    @Test
    void apiKeyValueIsResolvedFromTheTrainingSecret() {
        assertThat(template.findResources("AWS::Events::Connection").toString())
                .contains("{{resolve:secretsmanager:, {Fn::ImportValue=MovierecsTraining:ExportsOutputRefApiKey");
    }

    @Test
    void destinationPostsToTrainingRunsOverHttps() {
        template.hasResourceProperties("AWS::Events::ApiDestination", Match.objectLike(Map.of(
                "HttpMethod", "POST",
                "InvocationEndpoint", "https://" + TestDeployment.DOMAIN + "/internal/training-runs")));
    }

    @Test
    void ruleAsksDailyByDefault() {
        template.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "ScheduleExpression", "rate(1 day)", "State", "ENABLED")));
    }

    @Test
    void noScheduleIsDeployedWithoutHttps() {
        App app = new App();
        MovierecsStacks withoutDomain = new MovierecsStacks(app, DeployConfig.from(app.getNode()),
                TestDeployment.fakeBuildOutputs());

        assertThat(withoutDomain.getSchedule()).isEmpty();
    }
}
