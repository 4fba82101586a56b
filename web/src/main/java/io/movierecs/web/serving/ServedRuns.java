package io.movierecs.web.serving;

import io.movierecs.contracts.ModelLayout;
import io.movierecs.web.training.TrainingRunStore;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Which run serves, read from the database: the one training run in state ACTIVE. */
@Singleton
class ServedRuns {
    private final TrainingRunStore runs;

    ServedRuns(TrainingRunStore runs) {
        this.runs = runs;
    }

    /** Empty until a run has been switched in. */
    Optional<ServedRun> current() {
        return runs.findActive()
                .map(run -> new ServedRun(run.runId(), ModelLayout.modelPrefix(run.runId())));
    }
}
