package io.movierecs.contracts;

import java.time.Duration;

/**
 * Attribute names of the per-user recommendation item in DynamoDB. The job writes these items and
 * the web app reads them; both use these names so the two can never drift apart.
 *
 * <pre>
 * userId (N, partition key), modelVersion (S, sort key), generatedAt (S, ISO-8601),
 * items (L of M {movieId: N, score: N}, best first), ttl (N, epoch seconds, on every item)
 * </pre>
 *
 * Each run writes its own lists under its run id, so a run the gate rejects never touches the
 * lists being served, and switching the served run switches lists without rewriting any.
 */
public final class RecommendationItemAttributes {
    public static final String USER_ID = "userId";
    public static final String MODEL_VERSION = "modelVersion";
    public static final String GENERATED_AT = "generatedAt";
    public static final String ITEMS = "items";
    public static final String MOVIE_ID = "movieId";
    public static final String SCORE = "score";
    public static final String TTL = "ttl";

    /** The table's key: {@link #USER_ID} (number) then {@link #MODEL_VERSION} (string). */
    public static final String PARTITION_KEY = USER_ID;
    public static final String SORT_KEY = MODEL_VERSION;

    /**
     * How long a run's lists are kept after the job wrote them. A rollback to an older run finds
     * none and serves fold-in from its model; a trigger trains again before the served run's lists
     * are half this old, even when no rating changed.
     */
    public static final Duration LIST_LIFETIME = Duration.ofDays(60);

    private RecommendationItemAttributes() {
    }
}
