package io.movierecs.job;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** An item-item model that ALS's lists are blended with ({@link ItemScorer.Blend}). */
interface ItemItemModel extends Serializable {

    /**
     * The model the catalogue of {@code ratings} ({@code user, movieId, ...}) allows on the driver:
     * {@link Ease} up to {@link Ease#MAX_MOVIES} movies, else {@link ItemNeighbours} up to its
     * bounds, else none (lists are ALS's alone).
     */
    static ItemItemModel of(Dataset<Row> ratings) {
        return ItemNeighbours.pairs(ratings).<ItemItemModel>map(pairs -> {
            Ease ease = Ease.of(pairs.users(), pairs.movies(), pairs.ratings(), Ease.LAMBDA);
            return ease.isEmpty() ? ItemNeighbours.of(pairs.users(), pairs.movies(), ItemNeighbours.NEIGHBOURS) : ease;
        }).orElse(ItemNeighbours.none());
    }

    boolean isEmpty();

    /** This kind of model's share of the blended score when not tuned. */
    double share();

    /**
     * Whether the genre lift applies to this model's part of a list's score as well as to ALS's
     * (measured per model, see the README).
     */
    boolean liftedByGenres();

    /** The shares {@code --tune} tries, 0 (ALS alone) first. */
    List<Double> shares();

    /**
     * Adds to {@code scores} (indexed like {@code rowIds}, ascending movie ids) each movie's score
     * for a user who rated the {@code seen} movies {@code seenRatings} (same order).
     */
    void score(int[] seen, float[] seenRatings, int[] rowIds, float[] scores);
}
