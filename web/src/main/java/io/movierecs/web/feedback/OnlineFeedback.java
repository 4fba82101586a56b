package io.movierecs.web.feedback;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;

/** The online shares per model version (training run id), for the admin page. */
@Singleton
public class OnlineFeedback {
    private final ImpressionRepository impressions;
    private final FeedbackSettings settings;

    OnlineFeedback(ImpressionRepository impressions, FeedbackSettings settings) {
        this.impressions = impressions;
        this.settings = settings;
    }

    /** How long after an impression a rating or a hide counts. */
    public Duration window() {
        return settings.outcomeWindow();
    }

    /** Keyed by model version; a model that never served a recorded list is absent. */
    public Map<String, OnlineShares> byModelVersion() {
        return impressions.sharesByModel(settings.outcomeWindow());
    }
}
