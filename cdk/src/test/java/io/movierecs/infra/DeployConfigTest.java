package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

class DeployConfigTest {

    @Test
    void cdkJsonAloneGivesAWorkingConfiguration() {
        DeployConfig config = DeployConfig.from(TestDeployment.app(Map.of()).getNode());

        assertThat(config.web().solutionStack()).matches("64bit Amazon Linux 2023 v\\d+\\.\\d+\\.\\d+ running Corretto 17");
        assertThat(config.network().natGateways()).isEqualTo(1);
        assertThat(config.web().hasCustomDomain()).isFalse();
        assertThat(config.emr().releaseLabel()).startsWith("emr-7.");
        assertThat(config.emr().coreSpot()).isFalse();
        assertThat(config.trainingSchedule()).isEqualTo("rate(1 day)");
    }

    @Test
    void thePlatformVersionComesFromCdkJsonOnly() {
        assertThatThrownBy(() -> DeployConfig.from(new App().getNode()))
                .hasMessageContaining("solutionStack").hasMessageContaining("cdk/cdk.json");
    }

    @Test
    void contextOverridesADefault() {
        DeployConfig config = DeployConfig.from(TestDeployment.app(Map.of("emrCoreInstanceCount", "4",
                "dbMultiAz", "true", "emrCoreSpot", "true")).getNode());

        assertThat(config.emr().coreInstanceCount()).isEqualTo(4);
        assertThat(config.emr().coreSpot()).isTrue();
        assertThat(config.database().multiAz()).isTrue();
    }

    @Test
    void blankValueMeansTheDefault() {
        DeployConfig config = DeployConfig.from(TestDeployment.app(Map.of("domainName", "", "certificateArn", " "))
                .getNode());

        assertThat(config.web().domainName()).isNull();
        assertThat(config.web().hasCustomDomain()).isFalse();
    }

    @Test
    void aDomainNeedsItsCertificate() {
        assertThatThrownBy(() -> DeployConfig.from(TestDeployment.app(Map.of("domainName", "movies.example.com"))
                .getNode())).hasMessageContaining("certificateArn").hasMessageContaining("go together");
    }

    /** CloudFront takes ACM certificates from us-east-1 only, whatever region the stacks are in. */
    @Test
    void theCertificateMustBeInUsEast1() {
        assertThatThrownBy(() -> DeployConfig.from(TestDeployment.app(Map.of("domainName", "movies.example.com",
                "certificateArn", "arn:aws:acm:eu-west-1:111111111111:certificate/abc")).getNode()))
                .hasMessageContaining("us-east-1");
    }

    @Test
    void logRetentionMustBeOneCloudWatchAccepts() {
        assertThatThrownBy(() -> DeployConfig.from(TestDeployment.app(Map.of("logRetentionDays", "31")).getNode()))
                .hasMessageContaining("logRetentionDays").hasMessageContaining("30");
    }

    @Test
    void badValueNamesTheContextKey() {
        App app = new App(AppProps.builder().context(Map.of("natGateways", "two")).build());

        assertThatThrownBy(() -> DeployConfig.from(app.getNode()))
                .hasMessageContaining("natGateways").hasMessageContaining("two");
    }

    @Test
    void noAlarmEmailUnlessGivenAndTheModelMayLagTwoSchedulePeriods() {
        DeployConfig config = DeployConfig.from(TestDeployment.app(Map.of()).getNode());

        assertThat(config.monitoring().alarmEmail()).isNull();
        assertThat(config.monitoring().modelMaxAge()).isEqualTo(java.time.Duration.ofDays(2));
    }

    @Test
    void anAlarmEmailMustBeAnEmailAddress() {
        assertThatThrownBy(() -> DeployConfig.from(TestDeployment.app(Map.of("alarmEmail", "ops")).getNode()))
                .hasMessageContaining("'alarmEmail'").hasMessageContaining("email address");
    }

    @Test
    void modelMaxAgeHoursOverridesTheSchedulesTwoPeriods() {
        DeployConfig config = DeployConfig.from(TestDeployment.app(Map.of("trainingSchedule", "cron(0 3 ? * MON *)",
                "modelMaxAgeHours", "36")).getNode());

        assertThat(config.monitoring().modelMaxAge()).isEqualTo(java.time.Duration.ofHours(36));
    }
}
