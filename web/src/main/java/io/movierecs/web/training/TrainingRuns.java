package io.movierecs.web.training;

import io.micronaut.transaction.annotation.Transactional;
import io.movierecs.contracts.Manifest;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Training runs as the API and the admin page show them. */
@Singleton
public class TrainingRuns {
    private final TrainingRunStore runs;
    private final Manifests manifests;

    TrainingRuns(TrainingRunStore runs, Manifests manifests) {
        this.runs = runs;
        this.manifests = manifests;
    }

    public List<TrainingRunView> recent(int limit) {
        return runs.recent(limit).stream()
                .map(run -> TrainingRunView.of(run, manifest(run), null))
                .toList();
    }

    /** The run and its events as one transaction saw them. */
    @Transactional(readOnly = true)
    public Optional<TrainingRunView> find(String runId) {
        return runs.find(runId).map(run -> TrainingRunView.of(run, manifest(run), runs.events(runId)));
    }

    TrainingRunView view(TrainingRun run) {
        return TrainingRunView.of(run, manifest(run), null);
    }

    private Manifest manifest(TrainingRun run) {
        if (run.manifestJson() == null) {
            return null;
        }
        try {
            return manifests.parse(run.manifestJson());
        } catch (IOException e) {
            return null;
        }
    }
}
