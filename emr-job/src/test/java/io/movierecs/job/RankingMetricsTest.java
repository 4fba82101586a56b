package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void aPerfectListScoresOneOnEveryMeasure() {
        RankingMetrics metrics = RankingMetrics.at(2, new int[] {7, 8}, new int[] {8, 7});

        assertThat(metrics).isEqualTo(new RankingMetrics(1, 1, 1, 1));
    }

    @Test
    void aHitLowerDownCountsForLess() {
        RankingMetrics top = RankingMetrics.at(10, new int[] {5, 1, 2, 3}, new int[] {5});
        RankingMetrics third = RankingMetrics.at(10, new int[] {1, 2, 5, 3}, new int[] {5});

        assertThat(top.ndcg()).isEqualTo(1.0);
        assertThat(third.ndcg()).isCloseTo(0.5, within(1e-9));
        assertThat(third.averagePrecision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(third.precision()).isEqualTo(top.precision()).isEqualTo(0.1);
    }

    @Test
    void recallIsTheShareOfHeldOutMoviesFound() {
        RankingMetrics metrics = RankingMetrics.at(10, new int[] {1, 2}, new int[] {1, 3, 4, 5});

        assertThat(metrics.recall()).isEqualTo(0.25);
    }

    @Test
    void aListWithNoHitScoresZero() {
        assertThat(RankingMetrics.at(10, new int[] {1, 2}, new int[] {3})).isEqualTo(new RankingMetrics(0, 0, 0, 0));
    }
}
