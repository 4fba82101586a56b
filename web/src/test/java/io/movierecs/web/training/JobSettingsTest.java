package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.contracts.JobArguments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Unconfigured, the web app launches every run with the job's own defaults, declared once in contracts. */
@MicronautTest(startApplication = false)
class JobSettingsTest {
    @Inject JobSettings settings;

    @Test
    void unconfiguredRunsUseTheJobsOwnDefaults() {
        JobArguments launched = settings.arguments("s3://b/movielens", "s3://b/snapshots/r.csv.gz", "r", "s3://b/models/r", "t");
        JobArguments jobDefaults = JobArguments.defaults("s3://b/movielens", "s3://b/snapshots/r.csv.gz", "r", "s3://b/models/r",
                "t", null);

        assertThat(launched).isEqualTo(jobDefaults);
    }
}
