package io.movierecs.job;

import java.util.HashSet;
import java.util.Set;

/**
 * Ranking quality of one user's list against the movies that user rated in the holdout (every
 * held-out movie counts as relevant). Each value is at {@code k}; averaged over users by the caller.
 */
record RankingMetrics(double precision, double recall, double ndcg, double averagePrecision) {

    static RankingMetrics at(int k, int[] recommended, int[] relevant) {
        Set<Integer> relevantSet = new HashSet<>(relevant.length * 2);
        for (int movieId : relevant) {
            relevantSet.add(movieId);
        }
        if (relevantSet.isEmpty()) {
            return new RankingMetrics(0, 0, 0, 0);
        }
        int hits = 0;
        double dcg = 0;
        double precisionSum = 0;
        for (int position = 0; position < Math.min(k, recommended.length); position++) {
            if (relevantSet.contains(recommended[position])) {
                hits++;
                dcg += 1 / log2(position + 2);
                precisionSum += (double) hits / (position + 1);
            }
        }
        double idealDcg = 0;
        int ideal = Math.min(k, relevantSet.size());
        for (int position = 0; position < ideal; position++) {
            idealDcg += 1 / log2(position + 2);
        }
        return new RankingMetrics((double) hits / k, (double) hits / relevantSet.size(), dcg / idealDcg,
                precisionSum / ideal);
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
