package io.movierecs.web.models;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/** /health's view of the model store: its bucket answers. Tests without an S3 emulator turn it off. */
@Singleton
@Requires(property = "movierecs.models.health", notEquals = "false")
class ModelStoreHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    private final S3Client s3;
    private final String bucket;

    ModelStoreHealthIndicator(S3Client s3, ModelStoreSettings settings) {
        this.s3 = s3;
        this.bucket = settings.bucket();
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        s3.headBucket(r -> r.bucket(bucket));
        healthStatus = HealthStatus.UP;
        return Map.of("bucket", bucket);
    }

    @Override
    protected String getName() {
        return "modelStore";
    }
}
