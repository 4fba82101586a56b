package io.movierecs.web.training;

import io.movierecs.contracts.Manifest;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/**
 * A new model serves only if it was trained on every app rating exported for it, ranks better
 * than recommending popular movies, and is not noticeably worse than the model serving now, both
 * by NDCG@10. The baseline comparison reads the time-aware holdout when the manifest has one (the
 * random holdout partly asks a model to predict the past from the future); the comparison with
 * the serving model reads the holdout both manifests have, so old and new are judged alike.
 */
@Singleton
class QualityGate {
    private final double tolerance;

    QualityGate(TrainingSettings settings) {
        this.tolerance = settings.gateTolerance();
    }

    record Verdict(boolean passed, String reason) {
    }

    /** @param exportedRatings how many app ratings the run's snapshot holds, when known */
    Verdict judge(Manifest candidate, Optional<Manifest> active, Long exportedRatings) {
        Optional<Verdict> lost = lostRatings(candidate, exportedRatings);
        if (lost.isPresent()) {
            return lost.get();
        }
        Holdout own = Holdout.best(candidate);
        double ndcg = own.model(candidate).ndcgAt10();
        double baseline = own.baseline(candidate).ndcgAt10();
        if (!(ndcg > baseline)) {
            return new Verdict(false, format("NDCG@10 %.4f on the %s does not beat the popularity baseline's %.4f",
                    ndcg, own.label(), baseline));
        }
        if (active.isPresent()) {
            Holdout shared = Holdout.shared(candidate, active.get());
            double candidateNdcg = shared.model(candidate).ndcgAt10();
            double current = shared.model(active.get()).ndcgAt10();
            if (candidateNdcg < current - tolerance) {
                return new Verdict(false, format("NDCG@10 %.4f on the %s is below the active model's %.4f by more than %.4f",
                        candidateNdcg, shared.label(), current, tolerance));
            }
            return new Verdict(true, format("NDCG@10 %.4f on the %s beats the baseline's %.4f; on the %s it has %.4f,"
                    + " the active model had %.4f", ndcg, own.label(), baseline, shared.label(), candidateNdcg, current));
        }
        return new Verdict(true, format("NDCG@10 %.4f on the %s beats the baseline's %.4f", ndcg, own.label(), baseline));
    }

    /**
     * The job counts the snapshot's rows it used and those it dropped; both must add up to what was
     * exported, and none may be dropped, since the app writes only valid ratings. Manifests from
     * before the job counted dropped rows are not judged on this.
     */
    private static Optional<Verdict> lostRatings(Manifest candidate, Long exportedRatings) {
        if (candidate.droppedRows() == null || exportedRatings == null) {
            return Optional.empty();
        }
        long used = candidate.counts().appRatings();
        long dropped = candidate.droppedRows().app();
        if (used == exportedRatings && dropped == 0) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(false, format("The job used %d of the %d app ratings exported (%d rows dropped as"
                + " malformed, %d missing)", used, exportedRatings, dropped, Math.max(0, exportedRatings - used - dropped))));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
