package io.movierecs.web.training;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import io.movierecs.contracts.Metrics;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;

/**
 * Counts training runs by the state they end in and times them from creation to that state
 * ({@value Metrics#TRAINING_RUNS_FINISHED}, {@value Metrics#TRAINING_RUN_DURATION}), once the
 * transaction that ended them has committed: a decision rolled back ended nothing. Runs end a
 * few times a day, so the meters are looked up when one does, and a state no run ended in has none.
 */
@Singleton
class TrainingMetrics {
    private final MeterRegistry registry;
    private final TransactionOperations<Connection> tx;

    TrainingMetrics(MeterRegistry registry, TransactionOperations<Connection> tx) {
        this.registry = registry;
        this.tx = tx;
    }

    /** A run reached a final state after {@code took}; recorded when the caller's transaction commits. */
    void finished(RunStatus status, Duration took) {
        Runnable record = () -> {
            registry.counter(Metrics.TRAINING_RUNS_FINISHED, Metrics.TAG_RUN_STATUS, status.name()).increment();
            registry.timer(Metrics.TRAINING_RUN_DURATION, Metrics.TAG_RUN_STATUS, status.name()).record(took);
        };
        tx.findTransactionStatus().ifPresentOrElse(transaction -> transaction.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        record.run();
                    }
                }), record);
    }
}
