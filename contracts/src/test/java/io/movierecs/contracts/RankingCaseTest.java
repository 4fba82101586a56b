package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shared ranking case says what a plain sort says, so each module's check is against the truth. */
class RankingCaseTest {

    @Test
    void theExpectedOrderIsTheScoresSortedBestFirstWithTiesToTheLowerMovieId() {
        int[] rows = IntStream.range(0, RankingCase.MOVIE_IDS.length)
                .filter(row -> Arrays.stream(RankingCase.RATED).noneMatch(id -> id == RankingCase.MOVIE_IDS[row]))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer row) -> -score(row))
                        .thenComparingInt(row -> RankingCase.MOVIE_IDS[row]))
                .limit(RankingCase.N)
                .mapToInt(Integer::intValue)
                .toArray();

        assertThat(Arrays.stream(rows).map(row -> RankingCase.MOVIE_IDS[row]).toArray())
                .containsExactly(RankingCase.EXPECTED_MOVIE_IDS);
        for (int i = 0; i < rows.length; i++) {
            assertThat(score(rows[i])).isEqualTo(RankingCase.EXPECTED_SCORES[i]);
        }
    }

    @Test
    void theCaseHasTiesInsideTheListAndAcrossItsEnd() {
        float last = RankingCase.EXPECTED_SCORES[RankingCase.N - 1];
        long tiedWithLast = IntStream.range(0, RankingCase.MOVIE_IDS.length)
                .filter(row -> Arrays.stream(RankingCase.RATED).noneMatch(id -> id == RankingCase.MOVIE_IDS[row]))
                .filter(row -> score(row) == last)
                .count();

        assertThat(tiedWithLast).isGreaterThan(IntStream.range(0, RankingCase.N)
                .filter(i -> RankingCase.EXPECTED_SCORES[i] == last).count());
    }

    private static float score(int row) {
        float score = 0;
        for (int k = 0; k < RankingCase.RANK; k++) {
            score += RankingCase.USER[k] * RankingCase.VECTORS[row * RankingCase.RANK + k];
        }
        return score;
    }
}
