package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

class DeployConfigTest {

    @Test
    void defaultsNeedNoContext() {
        DeployConfig config = DeployConfig.from(new App().getNode());

        assertThat(config.network().natGateways()).isEqualTo(1);
        assertThat(config.web().servesHttps()).isFalse();
        assertThat(config.emr().releaseLabel()).startsWith("emr-7.");
        assertThat(config.trainingSchedule()).isEqualTo("rate(1 day)");
    }

    @Test
    void contextOverridesADefault() {
        DeployConfig config = DeployConfig.from(new App(AppProps.builder()
                .context(Map.of("emrCoreInstanceCount", "4", "dbMultiAz", "true")).build()).getNode());

        assertThat(config.emr().coreInstanceCount()).isEqualTo(4);
        assertThat(config.database().multiAz()).isTrue();
    }

    @Test
    void blankValueMeansTheDefault() {
        DeployConfig config = DeployConfig.from(new App(AppProps.builder()
                .context(Map.of("domainName", "", "certificateArn", " ")).build()).getNode());

        assertThat(config.web().domainName()).isNull();
        assertThat(config.web().servesHttps()).isFalse();
    }

    @Test
    void badValueNamesTheContextKey() {
        App app = new App(AppProps.builder().context(Map.of("natGateways", "two")).build());

        assertThatThrownBy(() -> DeployConfig.from(app.getNode()))
                .hasMessageContaining("natGateways").hasMessageContaining("two");
    }
}
