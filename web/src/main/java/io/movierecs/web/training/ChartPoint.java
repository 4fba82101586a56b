package io.movierecs.web.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.movierecs.contracts.Manifest;

/**
 * One trained run on the admin page's charts: NDCG@10 of the model and the popularity baseline on
 * both holdouts (the time-aware one null for manifests from before it), RMSE where measured, and
 * the beyond-accuracy measures of both list sources on the holdout the gate reads (null for
 * manifests from before them).
 */
@Serdeable
record ChartPoint(String runId, double ndcgAt10, double baselineNdcgAt10, @Nullable Double rmse,
                  @Nullable Double timeAwareNdcgAt10, @Nullable Double timeAwareBaselineNdcgAt10,
                  @Nullable Double coverage, @Nullable Double baselineCoverage,
                  @Nullable Double novelty, @Nullable Double baselineNovelty,
                  @Nullable Double diversity, @Nullable Double baselineDiversity) {

    static ChartPoint of(String runId, Manifest manifest) {
        boolean timeAware = Holdout.best(manifest) == Holdout.TIME_AWARE;
        Manifest.Metrics model = Holdout.best(manifest).model(manifest);
        Manifest.Metrics baseline = Holdout.best(manifest).baseline(manifest);
        // Manifests from before novelty existed carry a coverage too, but nothing beside it to chart.
        boolean beyondAccuracy = model.novelty() != null;
        return new ChartPoint(runId, manifest.model().ndcgAt10(), manifest.baseline().ndcgAt10(), manifest.model().rmse(),
                timeAware ? manifest.timeAwareModel().ndcgAt10() : null,
                timeAware ? manifest.timeAwareBaseline().ndcgAt10() : null,
                beyondAccuracy ? model.coverage() : null, beyondAccuracy ? baseline.coverage() : null,
                model.novelty(), baseline.novelty(), model.intraListDiversity(), baseline.intraListDiversity());
    }
}
