package io.movierecs.job;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** An item-item model that ALS's lists are blended with ({@link ItemScorer.Blend}). */
interface ItemItemModel extends Serializable {

    /**
     * Which model a run blends, decided once from all its ratings ({@link #forCatalogue}), so the
     * holdouts' fits judge the same kind of model the final fit serves, even where a holdout's
     * training part is under a bound the whole data is over.
     */
    enum Kind {
        /** {@link Ease}: up to {@link Ease#MAX_MOVIES} movies. */
        EASE,
        /** {@link ItemNeighbours}: up to its bounds. */
        NEIGHBOURS,
        /** Lists are ALS's alone: too many ratings or movies to hold on the driver. */
        NONE;

        static Kind forCatalogue(long ratings, long movies) {
            if (ratings > ItemNeighbours.MAX_RATINGS || movies > ItemNeighbours.MAX_MOVIES) {
                return NONE;
            }
            return movies <= Ease.MAX_MOVIES ? EASE : NEIGHBOURS;
        }
    }

    /** The {@code kind} of model, built on the driver from {@code ratings} ({@code user, movieId, rating, ...}). */
    static ItemItemModel of(Dataset<Row> ratings, Kind kind) {
        if (kind == Kind.NONE) {
            return ItemNeighbours.none();
        }
        ItemNeighbours.Pairs pairs = ItemNeighbours.pairs(ratings);
        return kind == Kind.EASE ? Ease.of(pairs.users(), pairs.movies(), pairs.ratings(), Ease.LAMBDA)
                : ItemNeighbours.of(pairs.users(), pairs.movies(), ItemNeighbours.NEIGHBOURS);
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
