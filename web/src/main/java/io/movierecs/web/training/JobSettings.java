package io.movierecs.web.training;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.movierecs.contracts.JobArguments;

/** The training parameters every run is launched with; the job validates their ranges. */
@ConfigurationProperties("movierecs.training.job")
public record JobSettings(
        @Bindable(defaultValue = "APP") JobArguments.Users users,
        @Bindable(defaultValue = "50") int topN,
        @Bindable(defaultValue = "32") int rank,
        @Bindable(defaultValue = "10") int maxIter,
        @Bindable(defaultValue = "0.1") double reg,
        @Bindable(defaultValue = "0.5") double alpha,
        @Bindable(defaultValue = "true") boolean implicit,
        @Bindable(defaultValue = "0.2") double holdout,
        @Bindable(defaultValue = "42") long seed,
        @Bindable(defaultValue = "false") boolean tune,
        @Bindable(defaultValue = "0.3") double genreWeight) {

    JobArguments arguments(String movielens, String appRatings, String runId, String modelOut, String recsTable) {
        return new JobArguments(movielens, appRatings, runId, modelOut, recsTable, null, users, topN, rank, maxIter,
                reg, alpha, implicit, holdout, seed, tune, genreWeight);
    }
}
