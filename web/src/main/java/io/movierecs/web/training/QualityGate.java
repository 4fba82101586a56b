package io.movierecs.web.training;

import io.movierecs.contracts.Manifest;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/**
 * A new model serves only if it was trained on every app rating exported for it, ranks better
 * than recommending popular movies, and is not noticeably worse than the model serving now (both
 * by NDCG@10 on the run's own holdout).
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
        double ndcg = candidate.model().ndcgAt10();
        double baseline = candidate.baseline().ndcgAt10();
        if (!(ndcg > baseline)) {
            return new Verdict(false, format("NDCG@10 %.4f does not beat the popularity baseline's %.4f", ndcg, baseline));
        }
        if (active.isPresent()) {
            double current = active.get().model().ndcgAt10();
            if (ndcg < current - tolerance) {
                return new Verdict(false, format("NDCG@10 %.4f is below the active model's %.4f by more than %.4f",
                        ndcg, current, tolerance));
            }
            return new Verdict(true, format("NDCG@10 %.4f beats the baseline's %.4f; active model had %.4f",
                    ndcg, baseline, current));
        }
        return new Verdict(true, format("NDCG@10 %.4f beats the baseline's %.4f", ndcg, baseline));
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
