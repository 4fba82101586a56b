package io.movierecs.contracts;

import java.util.List;

/**
 * One user's top-N as the job writes it and the web app reads it (DynamoDB item or one JSON Lines
 * record of {@code --recs-out}). Items are best first.
 */
public record RecommendationList(long userId, String modelVersion, String generatedAt, List<Scored> items) {

    public RecommendationList {
        items = List.copyOf(items);
    }

    public record Scored(int movieId, double score) {
    }
}
