package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class TrainingScheduleStackTest {
    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = TestDeployment.template(TestDeployment.stacks().getSchedule());
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

    /** API destinations accept only https:// endpoints: CloudFront's name gives one without a domain of ours. */
    @Test
    void withoutADomainTheScheduleCallsTheCloudFrontAddressOverHttps() {
        template.hasResourceProperties("AWS::Events::ApiDestination", Match.objectLike(Map.of(
                "HttpMethod", "POST",
                "InvocationEndpoint", Map.of("Fn::Join", List.of("", List.of("https://",
                        Map.of("Fn::ImportValue", Match.stringLikeRegexp("MovierecsWeb:.*Distribution.*DomainName.*")),
                        "/internal/training-runs"))))));
    }

    @Test
    void withItsOwnDomainTheScheduleCallsThatName() {
        Template withDomain = TestDeployment.template(TestDeployment.withCustomDomain().getSchedule());

        withDomain.hasResourceProperties("AWS::Events::ApiDestination", Match.objectLike(Map.of(
                "InvocationEndpoint", "https://" + TestDeployment.DOMAIN + "/internal/training-runs")));
    }

    @Test
    void ruleAsksDailyByDefault() {
        template.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
                "ScheduleExpression", "rate(1 day)", "State", "ENABLED")));
    }

    @Test
    void callsThatStillFailAfterThreeRetriesGoToTheDeadLetterQueue() {
        template.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of("Targets", List.of(Match.objectLike(
                Map.of("RetryPolicy", Map.of("MaximumRetryAttempts", 3, "MaximumEventAgeInSeconds", 3600),
                        "DeadLetterConfig", Map.of("Arn", Map.of("Fn::GetAtt", List.of(
                                Match.stringLikeRegexp("DeadLetters.*"), "Arn")))))))));
    }

    @Test
    void deadLettersAreKeptForTwoWeeksEncryptedAndOverTlsOnly() {
        template.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "MessageRetentionPeriod", 14 * 24 * 3600, "SqsManagedSseEnabled", true)));
        template.hasResourceProperties("AWS::SQS::QueuePolicy", Match.objectLike(Map.of("PolicyDocument",
                Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny", "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
    }

    @Test
    void onlyThisRuleMaySendDeadLetters() {
        template.hasResourceProperties("AWS::SQS::QueuePolicy", Match.objectLike(Map.of("PolicyDocument",
                Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Allow", "Action", "sqs:SendMessage",
                        "Principal", Map.of("Service", "events.amazonaws.com"),
                        "Condition", Map.of("ArnEquals", Map.of("aws:SourceArn",
                                Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Schedule.*"), "Arn")))))))))))));
    }
}
