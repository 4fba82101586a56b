package io.movierecs.job;

import io.movierecs.contracts.ItemFactors;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Row;

/** An ALS model's item factors held on one machine, scoring every movie for a user vector. */
final class ItemScorer implements Serializable {
    private final int rank;
    private final int[] movieIds;
    private final float[] vectors;

    private ItemScorer(int rank, int[] movieIds, float[] vectors) {
        this.rank = rank;
        this.movieIds = movieIds;
        this.vectors = vectors;
    }

    static ItemScorer of(ALSModel model) {
        List<Row> rows = model.itemFactors().orderBy("id").collectAsList();
        int rank = model.rank();
        int[] ids = new int[rows.size()];
        float[] vectors = new float[rows.size() * rank];
        for (int row = 0; row < ids.length; row++) {
            ids[row] = rows.get(row).getInt(0);
            List<Float> features = rows.get(row).getList(1);
            for (int k = 0; k < rank; k++) {
                vectors[row * rank + k] = features.get(k);
            }
        }
        return new ItemScorer(rank, ids, vectors);
    }

    ItemFactors toItemFactors(boolean implicit) {
        return new ItemFactors(implicit, rank, movieIds, vectors);
    }

    int movies() {
        return movieIds.length;
    }

    /** Scratch space for one thread: {@link #top} reuses it from user to user. */
    Scratch scratch() {
        return new Scratch(new float[movieIds.length], new boolean[movieIds.length]);
    }

    TopN top(float[] user, int[] seen, int n, Scratch scratch) {
        float[] scores = scratch.scores;
        for (int row = 0, offset = 0; row < movieIds.length; row++, offset += rank) {
            float dot = 0f;
            for (int k = 0; k < rank; k++) {
                dot += user[k] * vectors[offset + k];
            }
            scores[row] = dot;
        }
        mark(seen, scratch.excluded, true);
        TopN top = TopN.select(movieIds, scores, scratch.excluded, n);
        mark(seen, scratch.excluded, false);
        return top;
    }

    private void mark(int[] seen, boolean[] excluded, boolean value) {
        for (int movieId : seen) {
            int row = Arrays.binarySearch(movieIds, movieId);
            if (row >= 0) {
                excluded[row] = value;
            }
        }
    }

    record Scratch(float[] scores, boolean[] excluded) {
    }
}
