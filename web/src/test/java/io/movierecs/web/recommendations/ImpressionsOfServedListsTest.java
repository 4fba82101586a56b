package io.movierecs.web.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.feedback.OnlineFeedback;
import io.movierecs.web.feedback.OnlineShares;
import io.movierecs.web.training.TrainingFixtures;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What a user is served is recorded off the request, and what they do next shows in their model's shares. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpressionsOfServedListsTest extends RecommendationApiTest {
    @Inject
    OnlineFeedback onlineFeedback;

    RecommendationFixtures fixtures;
    String runId;

    @BeforeEach
    void catalogueAndServedRun() {
        runId = "run-impressions-" + UUID.randomUUID();
        fixtures = catalogueServing(runId);
    }

    @Test
    void theServedListIsRecordedWithItsSourceModelAndPositionsAndWhatTheUserDidNextCounts() {
        long userId = fixtures.userWithBatch(runId, List.of(M + 2, M + 4, M + 6, M + 8, M + 10, M + 12));

        recommendations(fixtures, userId, 5);
        recommendations(fixtures, userId, 5);
        List<String> rows = TrainingFixtures.await(() -> impressionsOf(userId), list -> list.size() == 5);

        assertThat(rows).containsExactly("1 " + (M + 2) + " batch " + runId, "2 " + (M + 4) + " batch " + runId,
                "3 " + (M + 6) + " batch " + runId, "4 " + (M + 8) + " batch " + runId, "5 " + (M + 10) + " batch " + runId);

        client.toBlocking().exchange(HttpRequest.PUT("/api/me/ratings/" + (M + 2), "{\"rating\":4.5}")
                .contentType(MediaType.APPLICATION_JSON).header("Authorization", fixtures.bearer(userId)));
        client.toBlocking().exchange(HttpRequest.PUT("/api/me/ratings/" + (M + 4), "{\"rating\":3.0}")
                .contentType(MediaType.APPLICATION_JSON).header("Authorization", fixtures.bearer(userId)));
        client.toBlocking().exchange(HttpRequest.PUT("/api/me/hidden/" + (M + 6), "")
                .header("Authorization", fixtures.bearer(userId)));

        assertThat(onlineFeedback.byModelVersion().get(runId)).isEqualTo(new OnlineShares(5, 1, 1));
    }

    private List<String> impressionsOf(long userId) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT position, movie_id, source, model_version FROM impressions WHERE user_id = ? ORDER BY position")) {
                statement.setLong(1, userId);
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getInt(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4));
                    }
                }
                return rows;
            }
        });
    }
}
