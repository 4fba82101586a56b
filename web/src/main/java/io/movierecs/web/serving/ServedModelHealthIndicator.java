package io.movierecs.web.serving;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The served model on the health details: which run serves, which model is loaded, and while a
 * load is retried, how often it failed and why. Always UP: an instance whose model is late still
 * answers every request (from the run's lists, an earlier model or popular movies).
 */
@Singleton
class ServedModelHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    private final ServedModel servedModel;

    ServedModelHealthIndicator(ServedModel servedModel) {
        this.servedModel = servedModel;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        ModelLoadState state = servedModel.state();
        healthStatus = HealthStatus.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", state.phase().name());
        put(details, "servedRun", state.servedRun());
        put(details, "loadedRun", state.loadedRun());
        if (state.phase() == ModelLoadState.Phase.RETRYING) {
            details.put("failedAttempts", state.attempts());
            put(details, "lastError", state.lastError());
            put(details, "nextAttempt", state.nextAttempt() == null ? null : state.nextAttempt().toString());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "servedModel";
    }

    private static void put(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }
}
