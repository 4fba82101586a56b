package io.movierecs.job;

import io.movierecs.contracts.GenreAffinity;
import io.movierecs.contracts.ItemFactors;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An ALS model's item factors held on one machine, scoring every movie for a user vector and then
 * lifting the user's favourite genres ({@link GenreAffinity}).
 */
final class ItemScorer implements Serializable {
    private final int rank;
    private final int[] movieIds;
    private final float[] vectors;
    private final int[] genreMasks;
    private final GenreAffinity affinity;
    private final double genreWeight;
    private final ItemItemModel neighbours;
    private final double neighbourWeight;

    /** @param movieIds ascending; {@code vectors} holds each movie's {@code rank} factors in that order */
    ItemScorer(int rank, int[] movieIds, float[] vectors, GenreRanking genres) {
        this(rank, movieIds, vectors, genres, Blend.NONE);
    }

    /** @param blend the item-item model and its share of each list's score ({@link #top}) */
    ItemScorer(int rank, int[] movieIds, float[] vectors, GenreRanking genres, Blend blend) {
        this.rank = rank;
        this.movieIds = movieIds;
        this.vectors = vectors;
        this.genreMasks = new int[movieIds.length];
        for (int row = 0; row < movieIds.length; row++) {
            genreMasks[row] = genres.movies().mask(movieIds[row]);
        }
        this.affinity = genres.affinity();
        this.genreWeight = genres.weight();
        this.neighbours = blend.neighbours();
        this.neighbourWeight = blend.weight();
    }

    static ItemScorer of(ALSModel model, GenreRanking genres) {
        return of(model, genres, Blend.NONE);
    }

    static ItemScorer of(ALSModel model, GenreRanking genres, Blend blend) {
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
        return new ItemScorer(rank, ids, vectors, genres, blend);
    }

    ItemFactors toItemFactors(boolean implicit) {
        return new ItemFactors(implicit, rank, movieIds, vectors);
    }

    /** Scratch space for one thread: {@link #top} reuses it from user to user. */
    Scratch scratch() {
        return new Scratch(new float[movieIds.length], new float[movieIds.length], new boolean[movieIds.length]);
    }

    GenreAffinity affinity() {
        return affinity;
    }

    /**
     * ALS's scores lifted by the user's genres and, when blending, the item-item model's added: ALS's
     * part is {@code (1 - share)} x its scores over the user's highest (before the lift), the item-item
     * part {@code share} x its scores over the user's highest, lifted too only where the model asks
     * for it ({@link ItemItemModel#liftedByGenres}).
     *
     * @param seen        the movies the user rated, never recommended
     * @param seenRatings their ratings, same order, which weigh the user's genres
     */
    TopN top(float[] user, int[] seen, float[] seenRatings, int n, Scratch scratch) {
        float[] scores = scratch.scores;
        dots(user, scores);
        boolean blending = neighbourWeight > 0 && !neighbours.isEmpty();
        if (blending) {
            scale(scores, (float) (1 - neighbourWeight) / positiveMax(scores));
        }
        if (blending && neighbours.liftedByGenres()) {
            addNeighbours(seen, seenRatings, scores, scratch.neighbourScores);
        }
        if (genreWeight > 0 && !affinity.genres().isEmpty()) {
            double[] lifts = affinity.lifts(seenMasks(seen), seenRatings);
            for (int row = 0; row < movieIds.length; row++) {
                scores[row] = GenreAffinity.boost(scores[row], genreMasks[row], lifts, genreWeight);
            }
        }
        if (blending && !neighbours.liftedByGenres()) {
            addNeighbours(seen, seenRatings, scores, scratch.neighbourScores);
        }
        mark(seen, scratch.excluded, true);
        TopN top = TopN.select(movieIds, scores, scratch.excluded, n);
        mark(seen, scratch.excluded, false);
        return top;
    }

    /**
     * Every movie's dot product with {@code user}. Four movies a pass give the processor four
     * independent sums to overlap; each sum still adds in factor order, so scores match a plain loop.
     */
    private void dots(float[] user, float[] scores) {
        int rows = movieIds.length;
        int row = 0;
        for (; row + 3 < rows; row += 4) {
            int o0 = row * rank;
            int o1 = o0 + rank;
            int o2 = o1 + rank;
            int o3 = o2 + rank;
            float d0 = 0f;
            float d1 = 0f;
            float d2 = 0f;
            float d3 = 0f;
            for (int k = 0; k < rank; k++) {
                float u = user[k];
                d0 += u * vectors[o0 + k];
                d1 += u * vectors[o1 + k];
                d2 += u * vectors[o2 + k];
                d3 += u * vectors[o3 + k];
            }
            scores[row] = d0;
            scores[row + 1] = d1;
            scores[row + 2] = d2;
            scores[row + 3] = d3;
        }
        for (; row < rows; row++) {
            float dot = 0f;
            for (int k = 0, offset = row * rank; k < rank; k++) {
                dot += user[k] * vectors[offset + k];
            }
            scores[row] = dot;
        }
    }

    private int[] seenMasks(int[] seen) {
        int[] masks = new int[seen.length];
        for (int i = 0; i < seen.length; i++) {
            int row = Arrays.binarySearch(movieIds, seen[i]);
            masks[i] = row >= 0 ? genreMasks[row] : 0;
        }
        return masks;
    }

    private void mark(int[] seen, boolean[] excluded, boolean value) {
        for (int movieId : seen) {
            int row = Arrays.binarySearch(movieIds, movieId);
            if (row >= 0) {
                excluded[row] = value;
            }
        }
    }

    /** Adds the item-item model's scores, divided by the user's highest, times its share. */
    private void addNeighbours(int[] seen, float[] seenRatings, float[] scores, float[] near) {
        Arrays.fill(near, 0f);
        neighbours.score(seen, seenRatings, movieIds, near);
        float nearShare = (float) neighbourWeight / positiveMax(near);
        for (int row = 0; row < scores.length; row++) {
            scores[row] += nearShare * near[row];
        }
    }

    private static void scale(float[] values, float factor) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
        }
    }

    private static float positiveMax(float[] values) {
        float max = 0f;
        for (float value : values) {
            max = Math.max(max, value);
        }
        return max > 0 ? max : 1f;
    }

    record Scratch(float[] scores, float[] neighbourScores, boolean[] excluded) {
    }

    /** An item-item model and its share of the score; {@link #NONE} leaves lists to ALS. */
    record Blend(ItemItemModel neighbours, double weight) implements Serializable {
        static final Blend NONE = new Blend(ItemNeighbours.none(), 0);

        /** The {@code kind} of item-item model built from {@code ratings} at {@code share}, or else at the model's own. */
        static Blend of(Dataset<Row> ratings, ItemItemModel.Kind kind, OptionalDouble share) {
            if (kind == ItemItemModel.Kind.NONE || share.isPresent() && share.getAsDouble() == 0) {
                return NONE;
            }
            ItemItemModel model = ItemItemModel.of(ratings, kind);
            return new Blend(model, share.orElse(model.share()));
        }
    }
}
