package io.movierecs.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.support.TcpProxy;
import io.movierecs.web.training.RunStatus;
import io.movierecs.web.training.TrainingFixtures;
import io.movierecs.web.training.TrainingRuns;
import io.movierecs.web.training.TrainingTrigger;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The snapshot export used to hold a transaction, and so a pooled connection, for the whole gzip
 * and upload. With the upload stuck (the model store black-holed) and a pool of two connections,
 * the app can still have both at once for everything else.
 */
class SlowExportTest {

    @Test
    void aStuckUploadHoldsNoPooledConnection() throws Exception {
        try (TcpProxy s3 = TcpProxy.to("127.0.0.1", SharedLocalAws.get().s3Endpoint().getPort())) {
            Map<String, Object> properties = new HashMap<>(ServedListsFixture.properties(SharedLocalAws.get()));
            properties.put("movierecs.aws.s3-endpoint", "http://127.0.0.1:" + s3.port());
            properties.put("datasources.default.maximum-pool-size", "2");
            try (ApplicationContext app = ApplicationContext.run(properties, "test")) {
                TrainingFixtures.deleteAllRuns(app.getBean(DataSource.class));
                TrainingFixtures.jobWill("succeed");
                s3.blackHole();
                String runId = app.getBean(TrainingTrigger.class).trigger(true).run().runId();
                TrainingRuns runs = app.getBean(TrainingRuns.class);
                TrainingFixtures.await(() -> runs.find(runId).orElseThrow().status(), status -> status == RunStatus.EXPORTING);
                Thread.sleep(2000);

                DataSource pool = DelegatingDataSource.unwrapDataSource(app.getBean(DataSource.class));
                long start = System.nanoTime();
                try (Connection one = pool.getConnection(); Connection other = pool.getConnection()) {
                    assertThat(one.isValid(1) && other.isValid(1)).isTrue();
                }
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(runs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.EXPORTING);
                assertThat(took).isLessThan(Duration.ofMillis(900));

                // The upload the proxy resets fails the run, or its retry gets through: either way it moves on.
                s3.restore();
                assertThat(TrainingFixtures.await(() -> runs.find(runId).orElseThrow().status(),
                        status -> status != RunStatus.EXPORTING, Duration.ofSeconds(60))).isIn(RunStatus.SUBMITTED, RunStatus.FAILED);
            }
        }
    }
}
