package io.movierecs.web.recommendations;

import io.movierecs.contracts.RecommendationList;
import java.util.Optional;

/** The batch job's per-user top-N, one list per user and run. */
interface RecommendationStore {

    /**
     * @param runId the run whose list is wanted: the served one
     * @return the user's list from that run, or empty when the run wrote none for them
     * @throws StoreUnavailableException when the store cannot answer in time
     */
    Optional<RecommendationList> find(long userId, String runId);
}
