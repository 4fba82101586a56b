package io.movierecs.web.operations;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;

/**
 * @param cloudwatchEndpoint where production's metrics go; unset, AWS's (or movierecs.aws.endpoint)
 */
@ConfigurationProperties("movierecs.metrics")
record MetricsSettings(@Nullable URI cloudwatchEndpoint) {
}
