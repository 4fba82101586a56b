package io.movierecs.web.training;

import io.micronaut.transaction.TransactionOperations;
import io.movierecs.contracts.Manifest;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/** Training runs as the API and the admin page show them. */
@Singleton
public class TrainingRuns {
    private final TransactionOperations<Connection> tx;
    private final TrainingRunStore runs;
    private final Manifests manifests;

    TrainingRuns(TransactionOperations<Connection> tx, TrainingRunStore runs, Manifests manifests) {
        this.tx = tx;
        this.runs = runs;
        this.manifests = manifests;
    }

    public List<TrainingRunView> recent(int limit) {
        return tx.executeRead(s -> runs.recent(s.getConnection(), limit)).stream()
                .map(run -> TrainingRunView.of(run, manifest(run), null))
                .toList();
    }

    public Optional<TrainingRunView> find(String runId) {
        return tx.executeRead(s -> runs.find(s.getConnection(), runId)
                .map(run -> TrainingRunView.of(run, manifest(run), runs.events(s.getConnection(), runId))));
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
