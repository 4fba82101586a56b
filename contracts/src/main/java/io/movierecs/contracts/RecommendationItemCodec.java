package io.movierecs.contracts;

import static io.movierecs.contracts.RecommendationItemAttributes.GENERATED_AT;
import static io.movierecs.contracts.RecommendationItemAttributes.ITEMS;
import static io.movierecs.contracts.RecommendationItemAttributes.LIST_LIFETIME;
import static io.movierecs.contracts.RecommendationItemAttributes.MODEL_VERSION;
import static io.movierecs.contracts.RecommendationItemAttributes.MOVIE_ID;
import static io.movierecs.contracts.RecommendationItemAttributes.SCORE;
import static io.movierecs.contracts.RecommendationItemAttributes.TTL;
import static io.movierecs.contracts.RecommendationItemAttributes.USER_ID;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a {@link RecommendationList} to and from its DynamoDB item. The job writes with
 * {@link #toItem}; the web app reads with {@link #key} and {@link #fromItem}. The AWS SDK is
 * provided by each side.
 */
public final class RecommendationItemCodec {

    private RecommendationItemCodec() {
    }

    /**
     * The item, expiring {@link RecommendationItemAttributes#LIST_LIFETIME} after the list was generated.
     *
     * @throws IllegalArgumentException when {@code generatedAt} is not an ISO-8601 instant
     */
    public static Map<String, AttributeValue> toItem(RecommendationList list) {
        List<AttributeValue> items = new ArrayList<>(list.items().size());
        for (RecommendationList.Scored scored : list.items()) {
            items.add(AttributeValue.fromM(Map.of(
                    MOVIE_ID, AttributeValue.fromN(Integer.toString(scored.movieId())),
                    SCORE, AttributeValue.fromN(Double.toString(scored.score())))));
        }
        Map<String, AttributeValue> item = new HashMap<>(key(list.userId(), list.modelVersion()));
        item.put(GENERATED_AT, AttributeValue.fromS(list.generatedAt()));
        item.put(ITEMS, AttributeValue.fromL(items));
        item.put(TTL, AttributeValue.fromN(Long.toString(expiresAt(list.generatedAt()))));
        return item;
    }

    /** The key of one run's list for one user. */
    public static Map<String, AttributeValue> key(long userId, String modelVersion) {
        return Map.of(USER_ID, AttributeValue.fromN(Long.toString(userId)),
                MODEL_VERSION, AttributeValue.fromS(modelVersion));
    }

    /** @throws IllegalArgumentException naming the attribute that is missing or malformed */
    public static RecommendationList fromItem(Map<String, AttributeValue> item) {
        List<RecommendationList.Scored> scored = new ArrayList<>();
        for (AttributeValue value : required(item, ITEMS).l()) {
            Map<String, AttributeValue> entry = value.m();
            scored.add(new RecommendationList.Scored(
                    Integer.parseInt(required(entry, MOVIE_ID).n()),
                    Double.parseDouble(required(entry, SCORE).n())));
        }
        return new RecommendationList(
                Long.parseLong(required(item, USER_ID).n()),
                required(item, MODEL_VERSION).s(),
                required(item, GENERATED_AT).s(),
                scored);
    }

    /** Epoch seconds at which DynamoDB may delete a list generated at {@code generatedAt}. */
    static long expiresAt(String generatedAt) {
        try {
            return Instant.parse(generatedAt).plus(LIST_LIFETIME).getEpochSecond();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("generatedAt must be an ISO-8601 instant, was " + generatedAt, e);
        }
    }

    private static AttributeValue required(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            throw new IllegalArgumentException("recommendation item has no '" + name + "' attribute");
        }
        return value;
    }
}
