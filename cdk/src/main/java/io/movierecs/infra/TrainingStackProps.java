package io.movierecs.infra;

import java.nio.file.Path;
import java.util.Objects;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * @param models          the bucket the job reads inputs from and writes its model to
 * @param recommendations the table the job writes each user's top-N into
 * @param jobJar          the shaded emr-job jar, uploaded as an asset
 * @param cluster         the shape of each run's transient cluster
 */
public record TrainingStackProps(IBucket models, ITable recommendations, Path jobJar, DeployConfig.EmrCluster cluster) {

    public TrainingStackProps {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(recommendations, "recommendations");
        Objects.requireNonNull(jobJar, "jobJar");
        Objects.requireNonNull(cluster, "cluster");
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private IBucket models;
        private ITable recommendations;
        private Path jobJar;
        private DeployConfig.EmrCluster cluster;

        public Builder models(IBucket models) {
            this.models = models;
            return this;
        }

        public Builder recommendations(ITable recommendations) {
            this.recommendations = recommendations;
            return this;
        }

        public Builder jobJar(Path jobJar) {
            this.jobJar = jobJar;
            return this;
        }

        public Builder cluster(DeployConfig.EmrCluster cluster) {
            this.cluster = cluster;
            return this;
        }

        public TrainingStackProps build() {
            return new TrainingStackProps(models, recommendations, jobJar, cluster);
        }
    }
}
