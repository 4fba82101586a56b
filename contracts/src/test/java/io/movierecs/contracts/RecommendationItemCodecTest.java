package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class RecommendationItemCodecTest {

    private final RecommendationList list = new RecommendationList(100_001L, "run-7", "2026-11-22T02:00:00Z",
            List.of(new RecommendationList.Scored(260, 4.75), new RecommendationList.Scored(1196, 4.5)));

    @Test
    void itemHasTheDesignedShapeAndReadsBack() {
        Map<String, AttributeValue> item = RecommendationItemCodec.toItem(list);

        assertThat(item.get("userId").n()).isEqualTo("100001");
        assertThat(item.get("modelVersion").s()).isEqualTo("run-7");
        assertThat(item.get("items").l().get(0).m().get("movieId").n()).isEqualTo("260");
        assertThat(RecommendationItemCodec.fromItem(item)).isEqualTo(list);
    }

    @Test
    void everyItemExpiresTheListLifetimeAfterItWasGenerated() {
        Map<String, AttributeValue> item = RecommendationItemCodec.toItem(list);

        assertThat(Long.parseLong(item.get("ttl").n())).isEqualTo(
                Instant.parse("2026-11-22T02:00:00Z").plus(RecommendationItemAttributes.LIST_LIFETIME).getEpochSecond());
    }

    @Test
    void theKeyNamesTheUserAndTheRunSoEachRunKeepsItsOwnList() {
        Map<String, AttributeValue> item = RecommendationItemCodec.toItem(list);
        Map<String, AttributeValue> otherRun = RecommendationItemCodec.toItem(
                new RecommendationList(100_001L, "run-8", "2026-11-23T02:00:00Z", List.of()));

        assertThat(RecommendationItemCodec.key(100_001L, "run-7"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("userId", item.get("userId"), "modelVersion", item.get("modelVersion")));
        assertThat(RecommendationItemCodec.key(100_001L, "run-8")).isNotEqualTo(RecommendationItemCodec.key(100_001L, "run-7"))
                .containsEntry("modelVersion", otherRun.get("modelVersion"));
    }

    @Test
    void aListWhoseGenerationTimeIsNotAnInstantIsRefused() {
        RecommendationList undated = new RecommendationList(1L, "run-7", "yesterday", List.of());

        assertThatThrownBy(() -> RecommendationItemCodec.toItem(undated)).hasMessageContaining("generatedAt");
    }

    @Test
    void missingAttributeIsNamed() {
        Map<String, AttributeValue> item = new HashMap<>(RecommendationItemCodec.toItem(list));
        item.remove("modelVersion");

        assertThatThrownBy(() -> RecommendationItemCodec.fromItem(item)).hasMessageContaining("'modelVersion'");
    }
}
