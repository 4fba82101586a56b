package io.movierecs.job;

import io.movierecs.contracts.JobArguments;

/**
 * What one ALS fit is trained with. {@code fits} implicit fits (seeds {@code seed}, {@code seed + 1},
 * ...) are averaged into one model ({@link AlsTrainer#fit}); explicit models are always one fit.
 */
record Hyperparameters(int rank, int maxIter, double reg, double alpha, boolean implicit, long seed, int fits) {

    /** Implicit lists average this many fits where the catalogue is small enough for EASE ({@link #forCatalogue}). */
    static final int SMALL_CATALOGUE_FITS = 3;

    Hyperparameters(int rank, int maxIter, double reg, double alpha, boolean implicit, long seed) {
        this(rank, maxIter, reg, alpha, implicit, seed, 1);
    }

    static Hyperparameters from(JobArguments arguments) {
        return new Hyperparameters(arguments.rank(), arguments.maxIter(), arguments.reg(), arguments.alpha(),
                arguments.implicit(), arguments.seed());
    }

    Hyperparameters with(int newRank, double newReg, double newAlpha) {
        return new Hyperparameters(newRank, maxIter, newReg, newAlpha, implicit, seed, fits);
    }

    /**
     * These parameters averaging {@link #SMALL_CATALOGUE_FITS} fits when the data are within EASE's
     * bounds (at most {@link ItemNeighbours#MAX_RATINGS} ratings and {@link Ease#MAX_MOVIES} movies),
     * else one: larger catalogues (ml-latest-small, ml-25m) fit once, as before.
     */
    Hyperparameters forCatalogue(long ratings, long movies) {
        boolean small = ratings <= ItemNeighbours.MAX_RATINGS && movies <= Ease.MAX_MOVIES;
        return new Hyperparameters(rank, maxIter, reg, alpha, implicit, seed, implicit && small ? SMALL_CATALOGUE_FITS : 1);
    }

    /** Member {@code index} of an averaged model: one fit, its own seed. */
    Hyperparameters member(int index) {
        return new Hyperparameters(rank, maxIter, reg, alpha, implicit, seed + index, 1);
    }

    @Override
    public String toString() {
        return "rank=" + rank + " reg=" + reg + (implicit ? " alpha=" + alpha : "") + " maxIter=" + maxIter
                + (fits > 1 ? " fits=" + fits : "");
    }
}
