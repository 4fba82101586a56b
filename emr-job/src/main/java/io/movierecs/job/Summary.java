package io.movierecs.job;

import io.movierecs.contracts.Manifest;
import java.util.Locale;
import java.util.Map;

/** The readable end-of-run report: what was trained, how it compares with popularity, where it went. */
final class Summary {

    private Summary() {
    }

    static String of(TrainingReport report, String recommendationsTarget, String manifestLocation) {
        Manifest manifest = report.manifest();
        Manifest.Parameters p = manifest.parameters();
        Manifest.Counts c = manifest.counts();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nmovierecs training run %s%n", manifest.runId()));
        if (!p.implicit() && c.ratings() <= GibbsTrainer.MAX_RATINGS) {
            out.append(String.format(Locale.ROOT,
                    "  model      explicit Bayesian factorisation (Gibbs, %d sweeps, burn-in %d), rank %d (the last 2 carry"
                            + " the biases)%s, genre weight %s%n", GibbsTrainer.SWEEPS, GibbsTrainer.BURN_IN, p.rank(),
                    p.tuned() ? " (tuned)" : "", p.genreWeight()));
        } else {
            out.append(String.format(Locale.ROOT, "  model      %s ALS, rank %d, %d iterations, reg %s%s%s, genre weight %s%n",
                    p.implicit() ? "implicit" : "explicit", p.rank(), p.maxIter(), p.reg(),
                    p.implicit() ? ", alpha " + p.alpha() : "", p.tuned() ? " (tuned)" : "", p.genreWeight()));
        }
        out.append(String.format(Locale.ROOT,
                "  data       %,d ratings (%,d MovieLens, %,d app) from %,d users (%,d app) on %,d movies%n",
                c.ratings(), c.movielensRatings(), c.appRatings(), c.users(), c.appUsers(), c.movies()));
        if (manifest.droppedRows() != null) {
            out.append(String.format(Locale.ROOT, "  dropped    %,d MovieLens and %,d app rows (malformed or out of range)%n",
                    manifest.droppedRows().movielens(), manifest.droppedRows().app()));
        }
        out.append(String.format(Locale.ROOT, "  holdout    random %.0f%%: %,d train, %,d test ratings, seed %d%n",
                p.holdout() * 100, c.trainRatings(), c.testRatings(), p.seed()));
        out.append(String.format(Locale.ROOT, "  %-10s %8s %8s %8s %8s %8s %8s %8s %8s %8s%n",
                "", "RMSE", "MAE", "P@10", "R@10", "NDCG@10", "MAP@10", "coverage", "novelty", "ILD"));
        out.append(row("model", manifest.model()));
        out.append(row("popularity", manifest.baseline()));
        if (manifest.timeAwareModel() != null) {
            out.append(String.format(Locale.ROOT,
                    "  holdout    each user's latest %.0f%% (the gate's): %,d train, %,d test ratings%n",
                    p.holdout() * 100, c.timeAwareTrainRatings(), c.timeAwareTestRatings()));
            out.append(row("model", manifest.timeAwareModel()));
            out.append(row("popularity", manifest.timeAwareBaseline()));
        }
        out.append(String.format(Locale.ROOT, "  wrote      top-%d for %,d users to %s%n", p.topN(), c.usersWritten(),
                recommendationsTarget));
        out.append(String.format(Locale.ROOT, "  manifest   %s%n", manifestLocation));
        out.append("  phases    ");
        long total = 0;
        for (Map.Entry<String, Long> phase : report.phaseMillis().entrySet()) {
            out.append(String.format(Locale.ROOT, " %s %.1fs", phase.getKey(), phase.getValue() / 1000.0));
            total += phase.getValue();
        }
        out.append(String.format(Locale.ROOT, " (total %.1fs)%n", total / 1000.0));
        return out.toString();
    }

    private static String row(String name, Manifest.Metrics m) {
        return String.format(Locale.ROOT, "  %-10s %8s %8s %8.4f %8.4f %8.4f %8.4f %8.4f %8s %8s%n", name, number(m.rmse()),
                number(m.mae()), m.precisionAt10(), m.recallAt10(), m.ndcgAt10(), m.map(), m.coverage(),
                number(m.novelty()), number(m.intraListDiversity()));
    }

    private static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
