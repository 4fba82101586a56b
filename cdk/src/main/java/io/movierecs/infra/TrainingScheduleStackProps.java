package io.movierecs.infra;

import java.util.Objects;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * @param webBaseUrl the web app's HTTPS base URL, such as {@code https://movies.example.com}
 * @param apiKey     sent in X-Api-Key; the web app accepts the same secret
 * @param schedule   an EventBridge schedule expression, such as {@code rate(1 day)}
 */
public record TrainingScheduleStackProps(String webBaseUrl, ISecret apiKey, String schedule) {

    public TrainingScheduleStackProps {
        Objects.requireNonNull(webBaseUrl, "webBaseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(schedule, "schedule");
        if (!webBaseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("EventBridge API destinations need an https:// endpoint, was "
                    + webBaseUrl);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String webBaseUrl;
        private ISecret apiKey;
        private String schedule;

        public Builder webBaseUrl(String webBaseUrl) {
            this.webBaseUrl = webBaseUrl;
            return this;
        }

        public Builder apiKey(ISecret apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder schedule(String schedule) {
            this.schedule = schedule;
            return this;
        }

        public TrainingScheduleStackProps build() {
            return new TrainingScheduleStackProps(webBaseUrl, apiKey, schedule);
        }
    }
}
