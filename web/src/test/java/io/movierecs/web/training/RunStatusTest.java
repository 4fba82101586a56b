package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The arrows RunStatus documents are the only ones a run can take. */
class RunStatusTest {

    @Test
    void everyRunInProgressCanBeCancelledOrFailedAndNothingElseCan() {
        for (RunStatus status : RunStatus.values()) {
            assertThat(status.canMoveTo(RunStatus.CANCELLED)).as("%s -> CANCELLED", status).isEqualTo(status.inProgress());
            assertThat(status.canMoveTo(RunStatus.FAILED)).as("%s -> FAILED", status).isEqualTo(status.inProgress());
        }
    }

    @Test
    void onlyATrainedRunCanServeAndOnlyTheServingOneCanRetire() {
        assertThat(EnumSet.allOf(RunStatus.class)).filteredOn(status -> status.canMoveTo(RunStatus.ACTIVE))
                .containsExactlyInAnyOrder(RunStatus.SUCCEEDED, RunStatus.RETIRED, RunStatus.REJECTED);
        assertThat(EnumSet.allOf(RunStatus.class)).filteredOn(status -> status.canMoveTo(RunStatus.RETIRED))
                .containsExactly(RunStatus.ACTIVE);
    }

    @Test
    void finalStatesGoNowhereButBackToServing() {
        for (RunStatus status : EnumSet.of(RunStatus.FAILED, RunStatus.SKIPPED, RunStatus.CANCELLED)) {
            assertThat(EnumSet.allOf(RunStatus.class)).as("from %s", status).noneMatch(status::canMoveTo);
        }
        assertThat(EnumSet.allOf(RunStatus.class)).filteredOn(RunStatus.REJECTED::canMoveTo).containsExactly(RunStatus.ACTIVE);
    }
}
