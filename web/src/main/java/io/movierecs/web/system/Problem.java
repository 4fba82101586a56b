package io.movierecs.web.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem detail, the body of every error the JSON API returns. A 5xx also carries
 * the request id, the key to its log lines.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      @Nullable String requestId) {

    public static final String CONTENT_TYPE = "application/problem+json";
}
