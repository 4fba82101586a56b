package io.movierecs.web.models;

import java.time.Instant;

/**
 * @param runId       the training run whose model serves
 * @param modelPrefix its key prefix in the {@link ModelStore}
 * @param activatedAt when it became active
 */
public record ActiveModel(String runId, String modelPrefix, Instant activatedAt) {
}
