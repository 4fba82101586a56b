package io.movierecs.web.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import io.movierecs.contracts.RankingCase;
import io.movierecs.web.serving.LoadedModel;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class TopRowsTest {

    @Test
    void foldInRanksTheSharedCaseAsTheJobsBatchListsDoTiesIncluded() {
        LoadedModel model = Models.of(RankingCase.factors(true), 0.1, 10.0);
        BitSet rated = new BitSet(model.size());
        for (int movieId : RankingCase.RATED) {
            rated.set(model.rowOf(movieId));
        }

        TopRows top = TopRows.best(FactorMath.scoreAll(model.columns(), model.size(), RankingCase.USER), rated,
                RankingCase.N);

        int[] movieIds = new int[top.size()];
        float[] scores = new float[top.size()];
        for (int i = 0; i < top.size(); i++) {
            movieIds[i] = model.movieId(top.row(i));
            scores[i] = top.score(i);
        }
        assertThat(movieIds).containsExactly(RankingCase.EXPECTED_MOVIE_IDS);
        assertThat(scores).containsExactly(RankingCase.EXPECTED_SCORES);
    }

    @Test
    void equalScoresComeLowerRowFirstWhateverTheHeapDid() {
        float[] scores = {1, 1, 1, 1, 1, 1, 1, 1};

        TopRows top = TopRows.best(scores, new BitSet(), 5);

        assertThat(new int[] {top.row(0), top.row(1), top.row(2), top.row(3), top.row(4)}).containsExactly(0, 1, 2, 3, 4);
    }
}
