package io.movierecs.web.operations;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micronaut.configuration.metrics.micrometer.ExportConfigurationProperties;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.movierecs.contracts.Metrics;
import io.movierecs.web.system.aws.AwsSettings;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

/**
 * Production's metrics go to CloudWatch through Micrometer's CloudWatch registry, in the namespace
 * and at the step the alarms expect ({@link Metrics}), with only the meters and tags
 * {@link Metrics#isPublishedToCloudWatch} lets through: every series is a custom metric billed by
 * the month. Other settings of the registry (batchSize, ...) come from
 * {@code micronaut.metrics.export.cloudwatch.*}, as for Micronaut's own registries.
 */
@Factory
@Requires(property = CloudWatchExport.ENABLED, value = "true")
class CloudWatchExport {
    static final String ENABLED = "micronaut.metrics.export.cloudwatch.enabled";

    @Singleton
    @Bean(preDestroy = "close")
    CloudWatchAsyncClient cloudWatchClient(AwsSettings aws, MetricsSettings metrics) {
        return aws.configure(CloudWatchAsyncClient.builder(),
                        Optional.ofNullable(metrics.cloudwatchEndpoint()).or(aws::endpointOverride))
                .build();
    }

    @Singleton
    @Bean(preDestroy = "close")
    CloudWatchMeterRegistry cloudWatchMeterRegistry(ExportConfigurationProperties export, CloudWatchAsyncClient client) {
        CloudWatchMeterRegistry registry = new CloudWatchMeterRegistry(config(export.getExport()), Clock.SYSTEM, client);
        registry.config()
                .meterFilter(MeterFilter.ignoreTags(Metrics.TAGS_NOT_IN_CLOUDWATCH.toArray(String[]::new)))
                .meterFilter(MeterFilter.denyUnless(id -> Metrics.isPublishedToCloudWatch(id.getName(), id::getTag)));
        return registry;
    }

    private static CloudWatchConfig config(Properties properties) {
        return new CloudWatchConfig() {
            @Override
            public String get(String key) {
                return properties.getProperty(key);
            }

            @Override
            public String namespace() {
                return Metrics.NAMESPACE;
            }

            @Override
            public Duration step() {
                return Duration.ofSeconds(Metrics.STEP_SECONDS);
            }
        };
    }
}
