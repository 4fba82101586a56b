package io.movierecs.web.training;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One change of a run's state, with its time and reason. */
@Serdeable
@Introspected
public record RunEvent(RunStatus status, @Nullable String reason, Instant at) {
}
