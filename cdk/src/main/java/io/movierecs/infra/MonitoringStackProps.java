package io.movierecs.infra;

import java.util.Objects;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * @param environmentName  the Beanstalk environment whose health, load balancer and logs are watched
 * @param recommendations  the table whose throttling is watched
 * @param scheduleDeadLetters where the schedule's failed calls land
 * @param settings         who is told, and how stale the served model may get
 */
public record MonitoringStackProps(String environmentName, ITable recommendations, IQueue scheduleDeadLetters,
                                   DeployConfig.MonitoringSettings settings) {

    public MonitoringStackProps {
        Objects.requireNonNull(environmentName, "environmentName");
        Objects.requireNonNull(recommendations, "recommendations");
        Objects.requireNonNull(scheduleDeadLetters, "scheduleDeadLetters");
        Objects.requireNonNull(settings, "settings");
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String environmentName;
        private ITable recommendations;
        private IQueue scheduleDeadLetters;
        private DeployConfig.MonitoringSettings settings;

        public Builder environmentName(String environmentName) {
            this.environmentName = environmentName;
            return this;
        }

        public Builder recommendations(ITable recommendations) {
            this.recommendations = recommendations;
            return this;
        }

        public Builder scheduleDeadLetters(IQueue scheduleDeadLetters) {
            this.scheduleDeadLetters = scheduleDeadLetters;
            return this;
        }

        public Builder settings(DeployConfig.MonitoringSettings settings) {
            this.settings = settings;
            return this;
        }

        public MonitoringStackProps build() {
            return new MonitoringStackProps(environmentName, recommendations, scheduleDeadLetters, settings);
        }
    }
}
