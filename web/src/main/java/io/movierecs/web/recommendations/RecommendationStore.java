package io.movierecs.web.recommendations;

import io.movierecs.contracts.RecommendationList;
import java.util.Optional;

/** The batch job's per-user top-N. */
interface RecommendationStore {

    /**
     * @return the user's list, or empty when the batch has none
     * @throws StoreUnavailableException when the store cannot answer in time
     */
    Optional<RecommendationList> find(long userId);
}
