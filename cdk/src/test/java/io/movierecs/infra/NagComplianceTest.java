package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;

/**
 * cdk-nag's AwsSolutionsChecks over every stack, as `cdk synth` and `cdk deploy` run them: each
 * finding is either fixed or suppressed with a named rule and reason (class Nag).
 */
class NagComplianceTest {

    @Test
    void defaultDeploymentHasNoUnsuppressedFinding() {
        assertThat(findings(TestDeployment.stacks())).isEmpty();
    }

    @Test
    void deploymentWithItsOwnDomainHasNoUnsuppressedFinding() {
        assertThat(findings(TestDeployment.withCustomDomain())).isEmpty();
    }

    @Test
    void cheapestAndSturdiestSettingsHaveNoUnsuppressedFinding() {
        MovierecsStacks cheap = TestDeployment.deploy(Map.of("natInstanceType", "t4g.nano", "emrCoreSpot", "true",
                "dbDeletionProtection", "false"));
        MovierecsStacks sturdy = TestDeployment.deploy(Map.of("dbMultiAz", "true", "natGateways", "2"));

        assertThat(findings(cheap)).isEmpty();
        assertThat(findings(sturdy)).isEmpty();
    }

    @Test
    void anUnsuppressedFindingIsReported() {
        MovierecsStacks stacks = TestDeployment.deploy(Map.of());
        software.amazon.awscdk.services.s3.Bucket.Builder.create(stacks.getData(), "CarelessBucket").build();

        assertThat(findings(stacks)).anyMatch(finding -> finding.contains("CarelessBucket")
                && finding.contains("AwsSolutions-S1"));
    }

    static Stream<String> findingsOf(Stack stack) {
        Annotations annotations = Annotations.fromStack(stack);
        return Stream.concat(
                        annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")).stream(),
                        annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")).stream())
                .map(message -> stack.getStackName() + message.getId() + ": " + message.getEntry().getData());
    }

    private static java.util.List<String> findings(MovierecsStacks stacks) {
        return stacks.all().stream().flatMap(NagComplianceTest::findingsOf).toList();
    }
}
