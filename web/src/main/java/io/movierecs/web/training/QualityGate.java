package io.movierecs.web.training;

import io.movierecs.contracts.Manifest;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/**
 * A new model serves only if it ranks better than recommending popular movies, and not
 * noticeably worse than the model serving now (both by NDCG@10 on the run's own holdout).
 */
@Singleton
class QualityGate {
    private final double tolerance;

    QualityGate(TrainingSettings settings) {
        this.tolerance = settings.gateTolerance();
    }

    record Verdict(boolean passed, String reason) {
    }

    Verdict judge(Manifest candidate, Optional<Manifest> active) {
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

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
