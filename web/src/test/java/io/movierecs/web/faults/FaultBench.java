package io.movierecs.web.faults;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.movierecs.local.LocalAws;
import io.movierecs.web.movies.MovieLensImporter;
import io.movierecs.web.support.Admins;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.TcpProxy;
import io.movierecs.web.support.TestCatalogue;
import io.movierecs.web.support.WebProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * bench/faults: faults 2, 3, 4 and 6 against the web app in processes of its own, configured as
 * bin/run configures it (environment {@code local}, the real job through emr-job/bin/run-local,
 * the production reconciler interval and timeouts), under light load, with PostgreSQL and the S3
 * emulator behind proxies the bench cuts. Prints per fault how long until the fault was detected
 * and recovered from, how many requests failed, and how much acknowledged data was lost.
 * Seeds the test database (MOVIERECS_TEST_DB_URL), never the app's own.
 */
public final class FaultBench {
    private static final Duration START = Duration.ofMinutes(3);
    private static final String KEY = "fault-bench-key";
    private static final String ADMIN = "bench-admin@example.com";
    private static final String PASSWORD = "correct horse battery";

    private final Path work;
    private final LocalAws aws;
    private final TcpProxy postgres;
    private final TcpProxy s3;
    private final ApplicationContext helper;
    private final BenchRuns runs;
    private final List<String> rows = new ArrayList<>();
    private WebProcess app;
    private BenchLoad load;
    private Api api;
    private String adminToken;
    private List<String> users;
    private int starts;

    private FaultBench(Path work) {
        this.work = work;
        this.aws = LocalAws.start(work.resolve("local-aws"));
        URI db = URI.create(testDatabase().substring("jdbc:".length()));
        this.postgres = TcpProxy.to(db.getHost(), db.getPort() < 0 ? 5432 : db.getPort());
        this.s3 = TcpProxy.to("127.0.0.1", aws.s3Endpoint().getPort());
        this.helper = ApplicationContext.run(Map.of("movierecs.movielens.dir", TestCatalogue.smallDataset().toString(),
                "movierecs.aws.s3-endpoint", aws.s3Endpoint().toString(),
                "movierecs.aws.dynamodb-endpoint", aws.dynamoDbEndpoint().toString()), "test");
        this.runs = new BenchRuns(helper.getBean(DataSource.class));
    }

    public static void main(String[] args) throws Exception {
        // The emulators accept any credentials; these keep the SDK of the bench's own clients from looking for real ones.
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        Path work = Files.createTempDirectory("movierecs-fault-bench");
        FaultBench bench = new FaultBench(work);
        int status = 1;
        try {
            bench.run();
            status = 0;
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
        } finally {
            bench.close();
            // The emulators and the clients leave threads behind that would keep the JVM running.
            System.exit(status);
        }
    }

    private void run() throws Exception {
        System.out.println("fault bench: importing MovieLens into the test database, starting the app, training a first model");
        TestCatalogue.ensureImported(helper.getBean(MovieLensImporter.class));
        runs.forgetAll();
        app = start("start", Map.of());
        api = new Api(app.url(), helper.getBean(JsonMapper.class));
        signUp(ADMIN);
        Admins.grant(helper.getBean(DataSource.class), ADMIN);
        adminToken = api.login(ADMIN, PASSWORD).json().get("access_token").getStringValue();
        users = List.of(raterOfClassics(), raterOfClassics(), raterOfClassics());
        String firstRun = runs.awaitEnd(trigger(), Duration.ofMinutes(15));
        System.out.printf(Locale.ROOT, "first run %s: %s%n", firstRun, runs.status(firstRun));
        load = new BenchLoad(app.url(), users, signUp("bench-rater@example.com"), runs.movieIds(5000));
        load.start();
        pause(10);
        report(jobKilled());
        report(appKilled());
        report(modelStoreDownAtStart());
        report(databaseDown());
        load.stop();
        System.out.println();
        System.out.println(BenchReport.HEADER);
        rows.forEach(System.out::println);
        System.out.println(BenchReport.LEGEND);
    }

    private void report(String row) {
        rows.add(row);
        System.out.println("measured: " + row);
    }

    /** Fault 2: the job's process tree is killed while it trains; the reconciler fails the run. */
    private String jobKilled() {
        String served = runs.served();
        List<String> before = servedLists();
        String runId = trigger();
        runs.await(() -> "RUNNING".equals(runs.status(runId)), Duration.ofMinutes(5));
        pause(15);
        long killedAt = load.now();
        ProcessHandle.of(Long.parseLong(runs.handle(runId))).orElseThrow().descendants().forEach(ProcessHandle::destroyForcibly);
        runs.awaitEnd(runId, Duration.ofMinutes(2));
        long detected = load.now();
        long lost = unstoredRatings() + (served.equals(runs.served()) && before.equals(servedLists()) ? 0 : 1);
        return row("2 job killed mid-run (" + runs.status(runId) + ")", killedAt, detected, detected, lost);
    }

    /** Fault 3: the app is killed with SIGKILL while its run trains and started again at once. */
    private String appKilled() {
        String runId = trigger();
        runs.await(() -> "RUNNING".equals(runs.status(runId)), Duration.ofMinutes(5));
        runs.handle(runId);
        pause(5);
        long killedAt = load.now();
        app.kill();
        app = start("restart", Map.of());
        load.pointAt(app.url());
        api = new Api(app.url(), helper.getBean(JsonMapper.class));
        long serving = load.now();
        runs.awaitEnd(runId, Duration.ofMinutes(15));
        long ended = load.now();
        return row("3 app SIGKILLed mid-run (" + runs.status(runId) + ")", killedAt, serving, ended, unstoredRatings());
    }

    /**
     * Fault 4: the app starts while the model store does not answer, which comes back 20 s later.
     * Requests are counted from when it serves: the restart itself is not the fault.
     */
    private String modelStoreDownAtStart() {
        app.close();
        s3.cut();
        long startedAt = load.now();
        app = start("start with S3 down", Map.of("movierecs.serving.load-retry-max", "10s"));
        load.pointAt(app.url());
        api = new Api(app.url(), helper.getBean(JsonMapper.class));
        long serving = load.now();
        awaitServedModel("RETRYING");
        long detected = load.now();
        pause(20);
        long restoredAt = load.now();
        s3.restore();
        awaitServedModel("LOADED");
        long recovered = load.now();
        return BenchReport.row(load, "4 S3 down when the app starts", serving, detected - startedAt,
                recovered - restoredAt, recovered, unstoredRatings());
    }

    /** Fault 6: PostgreSQL refuses and resets every connection for 20 s. */
    private String databaseDown() {
        pause(10);
        long cutAt = load.now();
        postgres.cut();
        runs.awaitAnswer(load, cutAt, 503, Duration.ofSeconds(20));
        long detected = load.now();
        pause(Math.max(0, 20 - (detected - cutAt) / 1000));
        long restoredAt = load.now();
        postgres.restore();
        runs.await(() -> load.answers(load.now() - 1500, load.now()).stream()
                .filter(a -> !a.kind().equals("recommendations")).anyMatch(BenchLoad.Answer::ok)
                && load.answers(load.now() - 1500, load.now()).stream().allMatch(BenchLoad.Answer::ok), Duration.ofMinutes(1));
        long recovered = load.now();
        pause(5);
        return row("6 PostgreSQL down for 20 s", cutAt, detected, recovered, unstoredRatings(),
                recovered - restoredAt);
    }

    private String row(String fault, long faultAt, long detected, long recovered, long lost) {
        return row(fault, faultAt, detected, recovered, lost, recovered - faultAt);
    }

    private String row(String fault, long faultAt, long detected, long recovered, long lost, long recoverMillis) {
        return BenchReport.row(load, fault, faultAt, detected - faultAt, recoverMillis, recovered, lost);
    }

    /** Ratings the app acknowledged that the database does not hold. */
    private long unstoredRatings() {
        long rater = runs.userId("bench-rater@example.com");
        return load.acknowledged().stream().filter(r -> !runs.stored(rater, r)).count();
    }

    /** Each user's served list: the run it came from and its movies. */
    private List<String> servedLists() {
        List<String> lists = new ArrayList<>();
        for (String token : users) {
            JsonNode answer = api.get("/api/me/recommendations?limit=10", token).json();
            StringBuilder list = new StringBuilder(answer.get("modelVersion").getStringValue()).append(':');
            for (JsonNode item : answer.get("items").values()) {
                list.append(item.get("movieId").getIntValue()).append(' ');
            }
            lists.add(list.toString());
        }
        return lists;
    }

    private WebProcess start(String what, Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:" + postgres.port()
                + URI.create(testDatabase().substring("jdbc:".length())).getPath());
        properties.put("datasources.default.username", System.getenv().getOrDefault("MOVIERECS_TEST_DB_USER", "movierecs"));
        properties.put("datasources.default.password", System.getenv().getOrDefault("MOVIERECS_TEST_DB_PASSWORD", "movierecs"));
        properties.put("movierecs.aws.s3-endpoint", "http://127.0.0.1:" + s3.port());
        properties.put("movierecs.aws.dynamodb-endpoint", aws.dynamoDbEndpoint().toString());
        properties.put("movierecs.movielens.dir", TestCatalogue.smallDataset().toString());
        properties.put("movierecs.training.schedule", "");
        properties.put("movierecs.training.api-key", KEY);
        properties.put("movierecs.training.job.max-iter", "5");
        properties.put("movierecs.training.gate-tolerance", "1.0");
        properties.put("movierecs.training.local.work-dir", work.resolve("runs").toString());
        properties.put("movierecs.jwt.secret", "fault-bench-secret-of-at-least-32-characters");
        properties.put("movierecs.recommendations.table", "movierecs-recommendations-bench");
        properties.putAll(extra);
        long began = System.nanoTime();
        WebProcess started = WebProcess.start("local", properties, work.resolve("app-" + (++starts) + ".log"), START);
        System.out.printf(Locale.ROOT, "app %s: serving after %.1f s (log %s)%n", what, (System.nanoTime() - began) / 1e9,
                work.resolve("app-" + starts + ".log"));
        return started;
    }

    private String trigger() {
        Api.Response response = api.send("POST", "/internal/training-runs?force=true", "", adminToken, "application/json");
        if (response.status() != 202) {
            throw new IllegalStateException("trigger answered " + response.status() + ": " + response.body());
        }
        return response.json().get("runId").getStringValue();
    }

    private String signUp(String email) {
        api.post("/api/signup", Api.signupJson(email, PASSWORD, "Bench"));
        return api.login(email, PASSWORD).json().get("access_token").getStringValue();
    }

    /** A user who rated fifteen well-known movies, so the first run writes a list for them. */
    private String raterOfClassics() {
        String token = signUp(Api.uniqueEmail("bench-user"));
        for (int movieId : List.of(1, 260, 296, 318, 356, 480, 527, 589, 593, 1196, 1198, 1210, 2571, 2959, 4993)) {
            api.put("/api/me/ratings/" + movieId, "{\"rating\":4.5}", token);
        }
        return token;
    }

    /** Waits until the servedModel entry of the health details (an admin's view) is in this state. */
    private void awaitServedModel(String state) {
        String[] body = new String[1];
        try {
            runs.await(() -> {
                body[0] = api.get("/health", adminToken).body();
                return body[0].contains("\"state\":\"" + state + "\"");
            }, Duration.ofMinutes(2));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("the health details never said " + state + "; last: " + body[0], e);
        }
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String testDatabase() {
        return System.getenv().getOrDefault("MOVIERECS_TEST_DB_URL", "jdbc:postgresql://localhost:5432/movierecs_test");
    }

    private void close() {
        if (load != null) {
            try {
                load.stop();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
        if (app != null) {
            app.close();
        }
        runs.stopJobs();
        helper.close();
        postgres.close();
        s3.close();
        aws.close();
    }
}
