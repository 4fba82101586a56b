package io.movierecs.web.serving;

import io.micronaut.transaction.TransactionOperations;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.web.training.TrainingRunStore;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;

/** Which run serves, read from the database: the one training run in state ACTIVE. */
@Singleton
class ServedRuns {
    private final TransactionOperations<Connection> tx;
    private final TrainingRunStore runs;

    ServedRuns(TransactionOperations<Connection> tx, TrainingRunStore runs) {
        this.tx = tx;
        this.runs = runs;
    }

    /** Empty until a run has been switched in. */
    Optional<ServedRun> current() {
        return tx.executeRead(status -> runs.findActive(status.getConnection()))
                .map(run -> new ServedRun(run.runId(), ModelLayout.modelPrefix(run.runId())));
    }
}
