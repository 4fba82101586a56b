package io.movierecs.web.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One trained run on the admin page's chart. */
@Serdeable
record ChartPoint(String runId, double ndcgAt10, double baselineNdcgAt10, @Nullable Double rmse) {
}
