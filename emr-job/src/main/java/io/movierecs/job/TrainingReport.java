package io.movierecs.job;

import io.movierecs.contracts.Manifest;
import java.util.Map;

/** What a run produced: its manifest and the wall time of each phase in milliseconds. */
public record TrainingReport(Manifest manifest, Map<String, Long> phaseMillis) {
}
