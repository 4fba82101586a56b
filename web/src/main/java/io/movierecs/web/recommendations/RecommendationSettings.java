package io.movierecs.web.recommendations;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

@ConfigurationProperties("movierecs.recommendations")
public interface RecommendationSettings {

    /** The DynamoDB table the job writes each user's top-N into. */
    @NotBlank
    @Bindable(defaultValue = "movierecs-recommendations")
    String getTable();

    /** Create the table when it is missing (local emulators only). */
    @Bindable(defaultValue = "false")
    boolean isCreateTable();

    /** After the store fails, how long to answer without asking it. */
    @Bindable(defaultValue = "5s")
    Duration getStoreRetryAfter();

    /** A user with at least this many ratings newer than their batch list gets fold-in instead. */
    @Min(1)
    @Bindable(defaultValue = "3")
    int getNewRatingsForFoldIn();

    /**
     * How long a user's rated and hidden movies stay cached in-process. The cache is used only
     * while the app listens to the database's change notifications; zero turns it off, and every
     * request reads them from the database.
     */
    @Bindable(defaultValue = "10m")
    Duration getUserMoviesTtl();
}
