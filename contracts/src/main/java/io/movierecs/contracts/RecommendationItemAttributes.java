package io.movierecs.contracts;

/**
 * Attribute names of the per-user recommendation item in DynamoDB. The job writes these items and
 * the web app reads them; both use these names so the two can never drift apart.
 *
 * <pre>
 * userId (N, partition key), modelVersion (S), generatedAt (S, ISO-8601),
 * items (L of M {movieId: N, score: N}, best first), ttl (N, optional)
 * </pre>
 */
public final class RecommendationItemAttributes {
    public static final String USER_ID = "userId";
    public static final String MODEL_VERSION = "modelVersion";
    public static final String GENERATED_AT = "generatedAt";
    public static final String ITEMS = "items";
    public static final String MOVIE_ID = "movieId";
    public static final String SCORE = "score";
    public static final String TTL = "ttl";

    private RecommendationItemAttributes() {
    }
}
