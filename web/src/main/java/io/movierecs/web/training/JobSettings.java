package io.movierecs.web.training;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.movierecs.contracts.JobArguments;
import io.movierecs.contracts.JobArguments.Defaults;

/** The training parameters every run is launched with; defaults are the job's own, the job validates the ranges. */
@ConfigurationProperties("movierecs.training.job")
public record JobSettings(
        @Bindable(defaultValue = "APP") JobArguments.Users users,
        @Bindable(defaultValue = Defaults.TOP_N) int topN,
        @Bindable(defaultValue = Defaults.RANK) int rank,
        @Bindable(defaultValue = Defaults.MAX_ITER) int maxIter,
        @Bindable(defaultValue = Defaults.REG) double reg,
        @Bindable(defaultValue = Defaults.ALPHA) double alpha,
        @Bindable(defaultValue = Defaults.IMPLICIT) boolean implicit,
        @Bindable(defaultValue = Defaults.HOLDOUT) double holdout,
        @Bindable(defaultValue = Defaults.SEED) long seed,
        @Bindable(defaultValue = Defaults.TUNE) boolean tune,
        @Bindable(defaultValue = Defaults.GENRE_WEIGHT) double genreWeight) {

    JobArguments arguments(String movielens, String appRatings, String runId, String modelOut, String recsTable) {
        return new JobArguments(movielens, appRatings, runId, modelOut, recsTable, null, users, topN, rank, maxIter,
                reg, alpha, implicit, holdout, seed, tune, genreWeight);
    }
}
