package io.movierecs.infra;

import java.util.Objects;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;

/**
 * @param webSecurityGroup the only security group the database admits
 */
public record DatabaseStackProps(IVpc vpc, ISecurityGroup webSecurityGroup, DeployConfig.DatabaseSettings settings) {

    public DatabaseStackProps {
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(webSecurityGroup, "webSecurityGroup");
        Objects.requireNonNull(settings, "settings");
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private IVpc vpc;
        private ISecurityGroup webSecurityGroup;
        private DeployConfig.DatabaseSettings settings;

        public Builder vpc(IVpc vpc) {
            this.vpc = vpc;
            return this;
        }

        public Builder webSecurityGroup(ISecurityGroup webSecurityGroup) {
            this.webSecurityGroup = webSecurityGroup;
            return this;
        }

        public Builder settings(DeployConfig.DatabaseSettings settings) {
            this.settings = settings;
            return this;
        }

        public DatabaseStackProps build() {
            return new DatabaseStackProps(vpc, webSecurityGroup, settings);
        }
    }
}
