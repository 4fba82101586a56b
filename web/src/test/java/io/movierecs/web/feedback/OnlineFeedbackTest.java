package io.movierecs.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.recommendations.RecommendationTestProperties;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlineFeedbackTest implements TestPropertyProvider {
    private static final int M = FeedbackFixtures.FIRST_MOVIE;
    private static final Duration DAY = Duration.ofDays(1);

    @Inject ImpressionRepository impressions;
    @Inject ImpressionFlusher flusher;
    @Inject OnlineFeedback onlineFeedback;
    @Inject JdbcOperations jdbc;

    FeedbackFixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        return RecommendationTestProperties.with(SharedLocalAws.get());
    }

    @BeforeEach
    void catalogue() {
        fixtures = new FeedbackFixtures(jdbc);
    }

    @Test
    void theSharesCountWhatUsersRatedFourOrMoreOrHidWithinSevenDaysOfBeingShownIt() {
        String model = FeedbackFixtures.modelVersion();
        String other = FeedbackFixtures.modelVersion();
        Instant shown = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long ann = fixtures.user();
        long bob = fixtures.user();
        impressions.insert(List.of(
                new ShownList(ann, "batch", model, shown, List.of(M + 1, M + 2, M + 3, M + 4, M + 5)),
                // Shown again the next day: a second impression of the same pairs, still one pair each.
                new ShownList(ann, "batch", model, shown.plus(DAY), List.of(M + 1, M + 2)),
                new ShownList(bob, "fold-in", model, shown, List.of(M + 1, M + 6)),
                new ShownList(ann, "batch", other, shown.plus(DAY), List.of(M + 7))), 3);
        fixtures.rate(ann, M + 1, 4.0, shown.plus(DAY));                                         // rated 4: counts
        fixtures.rate(ann, M + 2, 5.0, shown.plus(Duration.ofDays(7)).minusSeconds(60));         // last minute of the window
        fixtures.rate(ann, M + 3, 4.5, shown.plus(Duration.ofDays(7)).plusSeconds(60));          // a minute too late
        fixtures.rate(ann, M + 4, 3.5, shown.plus(Duration.ofHours(1)));                         // rated, but below 4
        fixtures.hide(ann, M + 5, shown.plus(Duration.ofDays(2)));                               // hidden
        fixtures.rate(bob, M + 1, 5.0, shown.minus(DAY));                                        // rated before being shown
        fixtures.hide(bob, M + 6, shown.plus(Duration.ofDays(8)));                               // hidden too late
        fixtures.rate(ann, M + 7, 4.0, shown.plus(Duration.ofDays(3)));                          // the other model's

        Map<String, OnlineShares> shares = onlineFeedback.byModelVersion();

        // Pairs shown by the model: ann 1-5, bob 1 and 6; rated 4+: ann 1 and 2; hidden: ann 5.
        assertThat(shares.get(model)).isEqualTo(new OnlineShares(7, 2, 1));
        assertThat(shares.get(model).ratedFourOrMoreShare()).isEqualTo(2.0 / 7);
        assertThat(shares.get(model).summary()).isEqualTo("28.6% / 14.3% of 7 shown");
        assertThat(shares.get(other)).isEqualTo(new OnlineShares(1, 1, 0));
        assertThat(fixtures.count("SELECT count(*) FROM impressions WHERE model_version = ?", model)).isEqualTo(9);
        assertThat(fixtures.count("SELECT position FROM impressions WHERE model_version = ? AND user_id = ? AND movie_id = ?",
                model, ann, M + 4)).isEqualTo(4);
    }

    @Test
    void theSameListShownAgainTheSameDayIsOneRowPerMovie() {
        String model = FeedbackFixtures.modelVersion();
        long ann = fixtures.user();
        Instant shown = Instant.now().truncatedTo(ChronoUnit.DAYS).plusSeconds(60);
        impressions.insert(List.of(new ShownList(ann, "batch", model, shown, List.of(M + 1, M + 2))), 1000);
        impressions.insert(List.of(new ShownList(ann, "batch", model, shown.plusSeconds(30), List.of(M + 2, M + 1))), 1000);

        assertThat(fixtures.count("SELECT count(*) FROM impressions WHERE model_version = ?", model)).isEqualTo(2);
        assertThat(fixtures.count("SELECT position FROM impressions WHERE model_version = ? AND movie_id = ?", model, M + 1))
                .isEqualTo(1);
    }

    @Test
    void impressionsPastTheRetentionAreDeleted() {
        String model = FeedbackFixtures.modelVersion();
        long ann = fixtures.user();
        Instant now = Instant.now();
        impressions.insert(List.of(
                new ShownList(ann, "batch", model, now.minus(Duration.ofDays(31)), List.of(M + 1)),
                new ShownList(ann, "batch", model, now.minus(Duration.ofDays(29)), List.of(M + 2))), 1000);

        assertThat(flusher.expire()).isGreaterThanOrEqualTo(1);

        assertThat(fixtures.count("SELECT count(*) FROM impressions WHERE model_version = ? AND movie_id = ?", model, M + 1))
                .isZero();
        assertThat(fixtures.count("SELECT count(*) FROM impressions WHERE model_version = ? AND movie_id = ?", model, M + 2))
                .isOne();
    }

    @Test
    void listsStillQueuedWhenTheAppStopsAreWrittenBeforeItExitsAndCountAfterARestart() {
        String model = FeedbackFixtures.modelVersion();
        long ann = fixtures.user();
        Map<String, Object> properties = new HashMap<>(getProperties());
        // No scheduled flush before the app stops: only the one on shutdown can write them.
        properties.put("movierecs.feedback.flush-interval", "1h");
        try (ApplicationContext app = ApplicationContext.run(properties, "test")) {
            app.getBean(ImpressionRecorder.class).shown(ann, "batch", model, List.of(M + 3, M + 1, M + 2));
            assertThat(fixtures.count("SELECT count(*) FROM impressions WHERE model_version = ?", model)).isZero();
        }

        assertThat(fixtures.count("SELECT count(*) FROM impressions WHERE model_version = ?", model)).isEqualTo(3);
        assertThat(fixtures.count("SELECT position FROM impressions WHERE model_version = ? AND movie_id = ?", model, M + 1))
                .isEqualTo(2);
        fixtures.rate(ann, M + 1, 4.5, Instant.now());
        try (ApplicationContext restarted = ApplicationContext.run(properties, "test")) {
            assertThat(restarted.getBean(OnlineFeedback.class).byModelVersion().get(model)).isEqualTo(new OnlineShares(3, 1, 0));
        }
    }
}
