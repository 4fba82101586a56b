package io.movierecs.contracts;

import static io.movierecs.contracts.RecommendationItemAttributes.GENERATED_AT;
import static io.movierecs.contracts.RecommendationItemAttributes.ITEMS;
import static io.movierecs.contracts.RecommendationItemAttributes.MODEL_VERSION;
import static io.movierecs.contracts.RecommendationItemAttributes.MOVIE_ID;
import static io.movierecs.contracts.RecommendationItemAttributes.SCORE;
import static io.movierecs.contracts.RecommendationItemAttributes.TTL;
import static io.movierecs.contracts.RecommendationItemAttributes.USER_ID;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a {@link RecommendationList} to and from its DynamoDB item. The job writes with
 * {@link #toItem}; the web app reads with {@link #fromItem}. The AWS SDK is provided by each side.
 */
public final class RecommendationItemCodec {

    private RecommendationItemCodec() {
    }

    /** @param ttlEpochSeconds when DynamoDB may expire the item, or null to keep it */
    public static Map<String, AttributeValue> toItem(RecommendationList list, Long ttlEpochSeconds) {
        List<AttributeValue> items = new ArrayList<>(list.items().size());
        for (RecommendationList.Scored scored : list.items()) {
            items.add(AttributeValue.fromM(Map.of(
                    MOVIE_ID, AttributeValue.fromN(Integer.toString(scored.movieId())),
                    SCORE, AttributeValue.fromN(Double.toString(scored.score())))));
        }
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(USER_ID, AttributeValue.fromN(Long.toString(list.userId())));
        item.put(MODEL_VERSION, AttributeValue.fromS(list.modelVersion()));
        item.put(GENERATED_AT, AttributeValue.fromS(list.generatedAt()));
        item.put(ITEMS, AttributeValue.fromL(items));
        if (ttlEpochSeconds != null) {
            item.put(TTL, AttributeValue.fromN(Long.toString(ttlEpochSeconds)));
        }
        return item;
    }

    public static Map<String, AttributeValue> key(long userId) {
        return Map.of(USER_ID, AttributeValue.fromN(Long.toString(userId)));
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

    private static AttributeValue required(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            throw new IllegalArgumentException("recommendation item has no '" + name + "' attribute");
        }
        return value;
    }
}
