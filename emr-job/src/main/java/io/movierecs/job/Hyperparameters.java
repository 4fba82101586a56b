package io.movierecs.job;

import io.movierecs.contracts.JobArguments;

/**
 * What one fit is trained with. {@code fits} implicit fits (seeds {@code seed}, {@code seed + 1},
 * ...) are averaged into one model ({@link AlsTrainer#fit}); explicit models are always one fit,
 * sampled by {@link GibbsTrainer} where {@code gibbs}, else Spark's ALS. {@code partner} is the
 * item-item model implicit lists are blended with. The three are decided once per run from all its
 * ratings ({@link #forCatalogue}), so the holdouts judge the model the final fit serves.
 */
record Hyperparameters(int rank, int maxIter, double reg, double alpha, boolean implicit, long seed, int fits,
                       boolean gibbs, ItemItemModel.Kind partner) {

    /** Implicit lists average this many fits where the catalogue is small enough for EASE ({@link #forCatalogue}). */
    static final int SMALL_CATALOGUE_FITS = 3;

    /** One fit; explicit ones by Gibbs; no item-item model. */
    Hyperparameters(int rank, int maxIter, double reg, double alpha, boolean implicit, long seed) {
        this(rank, maxIter, reg, alpha, implicit, seed, 1);
    }

    Hyperparameters(int rank, int maxIter, double reg, double alpha, boolean implicit, long seed, int fits) {
        this(rank, maxIter, reg, alpha, implicit, seed, fits, !implicit, ItemItemModel.Kind.NONE);
    }

    static Hyperparameters from(JobArguments arguments) {
        return new Hyperparameters(arguments.rank(), arguments.maxIter(), arguments.reg(), arguments.alpha(),
                arguments.implicit(), arguments.seed());
    }

    Hyperparameters with(int newRank, double newReg, double newAlpha) {
        return new Hyperparameters(newRank, maxIter, newReg, newAlpha, implicit, seed, fits, gibbs, partner);
    }

    /**
     * These parameters for a run of {@code ratings} ratings on {@code movies} movies: implicit fits
     * blend the item-item model the catalogue allows ({@link ItemItemModel.Kind#forCatalogue}) and
     * average {@link #SMALL_CATALOGUE_FITS} fits within EASE's bounds (at most
     * {@link ItemNeighbours#MAX_RATINGS} ratings and {@link Ease#MAX_MOVIES} movies), else one
     * (ml-latest-small, ml-25m); explicit fits are sampled by Gibbs up to {@link GibbsTrainer#MAX_RATINGS}.
     */
    Hyperparameters forCatalogue(long ratings, long movies) {
        ItemItemModel.Kind kind = ItemItemModel.Kind.forCatalogue(ratings, movies);
        return new Hyperparameters(rank, maxIter, reg, alpha, implicit, seed,
                implicit && kind == ItemItemModel.Kind.EASE ? SMALL_CATALOGUE_FITS : 1,
                !implicit && ratings <= GibbsTrainer.MAX_RATINGS, implicit ? kind : ItemItemModel.Kind.NONE);
    }

    /** Member {@code index} of an averaged model: one fit, its own seed. */
    Hyperparameters member(int index) {
        return new Hyperparameters(rank, maxIter, reg, alpha, implicit, seed + index, 1, gibbs, partner);
    }

    @Override
    public String toString() {
        return "rank=" + rank + " reg=" + reg + (implicit ? " alpha=" + alpha : "") + " maxIter=" + maxIter
                + (fits > 1 ? " fits=" + fits : "");
    }
}
