package io.movierecs.web.training;

import io.movierecs.contracts.ModelLayout;
import io.movierecs.web.models.ActiveModel;
import io.movierecs.web.models.ActiveModels;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;

@Singleton
class DatabaseActiveModels implements ActiveModels {
    private final TransactionOperations<Connection> tx;
    private final TrainingRunStore runs;

    DatabaseActiveModels(TransactionOperations<Connection> tx, TrainingRunStore runs) {
        this.tx = tx;
        this.runs = runs;
    }

    @Override
    public Optional<ActiveModel> current() {
        return tx.executeRead(status -> runs.findActive(status.getConnection()))
                .map(run -> new ActiveModel(run.runId(), ModelLayout.modelPrefix(run.runId()), run.activatedAt()));
    }
}
