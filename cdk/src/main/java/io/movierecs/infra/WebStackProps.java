package io.movierecs.infra;

import java.util.Objects;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * @param webSecurityGroup given to the instances; the database admits it
 * @param loadBalancerSecurityGroup given to Beanstalk's load balancer; admits CloudFront only
 * @param database         where the app's PostgreSQL is and how to log in
 * @param training         EMR roles, job jar and API key the app launches runs with
 * @param build            the web jar, Procfile and .ebextensions that make the source bundle
 */
public record WebStackProps(IVpc vpc, ISecurityGroup webSecurityGroup, ISecurityGroup loadBalancerSecurityGroup,
                            ITable recommendations, IBucket models, DatabaseStack database, TrainingStack training,
                            DeployConfig.WebSettings settings, int logRetentionDays, BuildOutputs build) {

    public WebStackProps {
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(webSecurityGroup, "webSecurityGroup");
        Objects.requireNonNull(loadBalancerSecurityGroup, "loadBalancerSecurityGroup");
        Objects.requireNonNull(recommendations, "recommendations");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(build, "build");
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private IVpc vpc;
        private ISecurityGroup webSecurityGroup;
        private ISecurityGroup loadBalancerSecurityGroup;
        private int logRetentionDays = 30;
        private ITable recommendations;
        private IBucket models;
        private DatabaseStack database;
        private TrainingStack training;
        private DeployConfig.WebSettings settings;
        private BuildOutputs build;

        public Builder vpc(IVpc vpc) {
            this.vpc = vpc;
            return this;
        }

        public Builder webSecurityGroup(ISecurityGroup webSecurityGroup) {
            this.webSecurityGroup = webSecurityGroup;
            return this;
        }

        public Builder loadBalancerSecurityGroup(ISecurityGroup loadBalancerSecurityGroup) {
            this.loadBalancerSecurityGroup = loadBalancerSecurityGroup;
            return this;
        }

        public Builder logRetentionDays(int logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        public Builder recommendations(ITable recommendations) {
            this.recommendations = recommendations;
            return this;
        }

        public Builder models(IBucket models) {
            this.models = models;
            return this;
        }

        public Builder database(DatabaseStack database) {
            this.database = database;
            return this;
        }

        public Builder training(TrainingStack training) {
            this.training = training;
            return this;
        }

        public Builder settings(DeployConfig.WebSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder build(BuildOutputs build) {
            this.build = build;
            return this;
        }

        public WebStackProps build() {
            return new WebStackProps(vpc, webSecurityGroup, loadBalancerSecurityGroup, recommendations, models,
                    database, training, settings, logRetentionDays, build);
        }
    }
}
