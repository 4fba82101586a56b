package io.movierecs.web.serving;

/**
 * The training run whose lists and model serve, as recorded in the database.
 *
 * @param runId       the run; its lists in DynamoDB carry it as their modelVersion
 * @param modelPrefix its artefacts' key prefix in the model store
 */
public record ServedRun(String runId, String modelPrefix) {
}
