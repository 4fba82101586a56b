package io.movierecs.job;

import io.movierecs.contracts.JobArguments;

/** What one ALS fit is trained with. */
record Hyperparameters(int rank, int maxIter, double reg, double alpha, boolean implicit, long seed) {

    static Hyperparameters from(JobArguments arguments) {
        return new Hyperparameters(arguments.rank(), arguments.maxIter(), arguments.reg(), arguments.alpha(),
                arguments.implicit(), arguments.seed());
    }

    Hyperparameters with(int newRank, double newReg, double newAlpha) {
        return new Hyperparameters(newRank, maxIter, newReg, newAlpha, implicit, seed);
    }

    @Override
    public String toString() {
        return "rank=" + rank + " reg=" + reg + (implicit ? " alpha=" + alpha : "") + " maxIter=" + maxIter;
    }
}
