package io.movierecs.web.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/**
 * @param trustedProxies proxies in front of the app that each append to X-Forwarded-For (CloudFront,
 *                       ALB, nginx: 3); 0 trusts no forwarded header
 */
@ConfigurationProperties("movierecs.client-address")
record ClientAddressSettings(@Bindable(defaultValue = "0") @Min(0) int trustedProxies) {
}
