package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobArgumentsTest {

    @Test
    void whatTheWebAppBuildsTheJobReadsBack() {
        JobArguments built = JobArguments.defaults("s3://bucket/movielens", "s3://bucket/snapshots/r1/ratings.csv.gz",
                "r1", "s3://bucket/models/r1", "movierecs-recs", null);

        assertThat(JobArguments.parse(built.toArgs().toArray(String[]::new))).isEqualTo(built);
    }

    @Test
    void missingRunIdIsNamed() {
        assertThatThrownBy(() -> JobArguments.parse(new String[] {"--movielens", "d", "--model-out", "m", "--recs-out", "o"}))
                .isInstanceOf(InvalidJobArgumentException.class).hasMessageStartingWith("--run-id");
    }

    @Test
    void badNumberIsNamed() {
        assertThatThrownBy(() -> JobArguments.parse(new String[] {"--movielens", "d", "--run-id", "r", "--model-out", "m",
                "--recs-out", "o", "--rank", "ten"}))
                .hasMessage("--rank must be a whole number, was 'ten'");
    }

    @Test
    void bothSinksAtOnceAreRefused() {
        assertThatThrownBy(() -> JobArguments.parse(new String[] {"--movielens", "d", "--run-id", "r", "--model-out", "m",
                "--recs-out", "o", "--recs-table", "t"}))
                .hasMessageContaining("exactly one of --recs-table and --recs-out");
    }

    @Test
    void unknownFlagIsNamed() {
        assertThatThrownBy(() -> JobArguments.parse(new String[] {"--ranks", "3"})).hasMessageStartingWith("--ranks");
    }
}
