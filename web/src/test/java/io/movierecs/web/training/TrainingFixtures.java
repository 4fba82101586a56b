package io.movierecs.web.training;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.models.ModelStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * What training tests share: the emulators, a stand-in for emr-job/bin/run-local whose outcome a
 * test chooses (succeed, fail, keep running), and manifests with chosen metrics.
 */
public final class TrainingFixtures {
    public static final Path ROOT = createRoot();
    public static final Path FAKE_JOB = ROOT.resolve("run-local");
    private static final Path MODE = ROOT.resolve("mode");

    private TrainingFixtures() {
    }

    public static Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("movierecs.aws.s3-endpoint", SharedLocalAws.get().s3Endpoint().toString());
        properties.put("movierecs.aws.dynamodb-endpoint", SharedLocalAws.get().dynamoDbEndpoint().toString());
        properties.put("movierecs.models.create-bucket", "true");
        properties.put("movierecs.movielens.dir", ROOT.resolve("movielens").toString());
        properties.put("movierecs.training.local.run-local", FAKE_JOB.toString());
        properties.put("movierecs.training.local.work-dir", ROOT.resolve("runs").toString());
        return properties;
    }

    /** What the next fake job does: "succeed", "fail" (exit 3), "short" (3 s, then succeed) or "sleep" (30 s). */
    public static void jobWill(String mode) {
        write(MODE, mode);
    }

    /** The common properties; the admin is granted in the database (support.Admins) once signed up. */
    public static Map<String, String> propertiesWithAdmin(String adminEmail) {
        return properties();
    }

    /** Only two trained runs: "run-earlier" (NDCG@10 0.25, retired) and "run-current" (0.30, active). */
    public static void retiredAndActiveRuns(DataSource dataSource, JsonMapper json) throws IOException {
        deleteAllRuns(dataSource);
        activeRunUpToDate(dataSource, json, "run-earlier", 0.25);
        execute(dataSource, "UPDATE training_runs SET status = 'RETIRED' WHERE run_id = 'run-earlier'");
        activeRunUpToDate(dataSource, json, "run-current", 0.30);
    }

    public static void deleteAllRuns(DataSource dataSource) {
        execute(dataSource, "DELETE FROM training_runs");
    }

    public static void execute(DataSource dataSource, String sql) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A MovieLens data set from ../shared/data beside the repository; worktrees sit one level
     * deeper than the repository root, so the parents of the working directory are searched too.
     */
    public static Path movieLens(String name) {
        Path configured = Path.of(System.getProperty("movierecs.test.data", "../shared/data")).resolve(name).normalize();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && !Files.isDirectory(configured); dir = dir.getParent()) {
            configured = dir.resolve("shared/data").resolve(name);
        }
        return configured;
    }

    /** The run in state ACTIVE, the one whose lists and model serve. */
    public static Optional<String> servedRunId(DataSource dataSource) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT run_id FROM training_runs WHERE status = 'ACTIVE'")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long queryLong(DataSource dataSource, String sql) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Manifest manifest(String runId, double ndcg, double baselineNdcg) {
        return new Manifest(runId, Instant.now().toString(),
                new Manifest.Parameters(32, 15, 0.1, 10.0, true, 0.2, 42L, 50, false, 0.3),
                new Manifest.Counts(1000, 900, 100, 60, 10, 500, 800, 200, 10),
                new Manifest.Metrics(null, null, 0.1, 0.2, ndcg, 0.1, 0.3),
                new Manifest.Metrics(null, null, 0.05, 0.1, baselineNdcg, 0.05, 0.01),
                ModelLayout.ITEM_FACTORS, ModelLayout.POPULAR);
    }

    /** A manifest with both holdouts: the random one's NDCG@10 and the time-aware one's. */
    public static Manifest manifest(String runId, double ndcg, double baselineNdcg, double timeAwareNdcg,
                                    double timeAwareBaselineNdcg) {
        Manifest random = manifest(runId, ndcg, baselineNdcg);
        return new Manifest(runId, random.createdAt(), random.parameters(), random.counts(), random.model(),
                random.baseline(), random.itemFactors(), random.popular(),
                new Manifest.Metrics(null, null, 0.08, 0.15, timeAwareNdcg, 0.08, 0.25, 9.5, 0.7),
                new Manifest.Metrics(null, null, 0.04, 0.08, timeAwareBaselineNdcg, 0.04, 0.01, 6.0, 0.5));
    }

    public static void storeManifest(ModelStore store, JsonMapper json, Manifest manifest) throws IOException {
        byte[] bytes = json.writeValueAsBytes(manifest);
        store.write(ModelLayout.modelPrefix(manifest.runId()) + "/" + ModelLayout.MANIFEST, out -> out.write(bytes));
    }

    /** An ACTIVE run whose snapshot is as recent as the ratings, as if trained just now. */
    public static void activeRunUpToDate(DataSource dataSource, JsonMapper json, String runId, double ndcg) throws IOException {
        activeRunUpToDate(dataSource, json, manifest(runId, ndcg, ndcg / 2));
    }

    /** An ACTIVE run with this manifest whose snapshot is as recent as the ratings. */
    public static void activeRunUpToDate(DataSource dataSource, JsonMapper json, Manifest manifest) throws IOException {
        String text = json.writeValueAsString(manifest).replace("'", "''");
        execute(dataSource, "INSERT INTO training_runs (run_id, status, ratings_snapshot, manifest, activated_at, finished_at)"
                + " VALUES ('" + manifest.runId() + "', 'ACTIVE', pg_current_snapshot()::text, '" + text + "'::jsonb, now(), now())");
    }

    public static <T> T await(Supplier<T> value, Predicate<T> done) {
        return await(value, done, Duration.ofSeconds(30));
    }

    public static <T> T await(Supplier<T> value, Predicate<T> done, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        T current = value.get();
        while (!done.test(current)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting; last value " + current);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            current = value.get();
        }
        return current;
    }

    private static Path createRoot() {
        try {
            Path root = Files.createTempDirectory("movierecs-training-test");
            Files.createDirectories(root.resolve("movielens"));
            Path job = root.resolve("run-local");
            write(job, """
                    #!/bin/sh
                    printf '%%s\\n' "$@" > args.txt
                    env | grep '^AWS_' | sort > env.txt
                    case "$(cat '%s')" in
                      fail) echo "ALS diverged" >&2; exit 3 ;;
                      sleep) sleep 30 ;;
                      short) sleep 3 ;;
                    esac
                    exit 0
                    """.formatted(root.resolve("mode")));
            job.toFile().setExecutable(true);
            write(root.resolve("mode"), "succeed");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
