package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        Map<String, AttributeValue> item = RecommendationItemCodec.toItem(list, 1_800_000_000L);

        assertThat(item.get("userId").n()).isEqualTo("100001");
        assertThat(item.get("modelVersion").s()).isEqualTo("run-7");
        assertThat(item.get("items").l().get(0).m().get("movieId").n()).isEqualTo("260");
        assertThat(item.get("ttl").n()).isEqualTo("1800000000");
        assertThat(RecommendationItemCodec.fromItem(item)).isEqualTo(list);
    }

    @Test
    void missingAttributeIsNamed() {
        Map<String, AttributeValue> item = new HashMap<>(RecommendationItemCodec.toItem(list, null));
        item.remove("modelVersion");

        assertThatThrownBy(() -> RecommendationItemCodec.fromItem(item)).hasMessageContaining("'modelVersion'");
    }
}
