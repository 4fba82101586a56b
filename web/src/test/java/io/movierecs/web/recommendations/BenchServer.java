package io.movierecs.web.recommendations;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.Micronaut;
import io.micronaut.security.token.generator.TokenGenerator;
import io.movierecs.local.LocalAws;
import io.movierecs.web.Application;
import io.movierecs.web.models.ModelStore;
import io.movierecs.web.serving.ServedRunChanged;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The app for {@code bench/recommendations-http}: in-memory emulators, the test database, a model,
 * and one user with a batch list, on the given port. Prints {@code token=...} and {@code ready}, then serves until its
 * standard input closes.
 */
public final class BenchServer {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        try (LocalAws aws = LocalAws.startInMemory()) {
            Map<String, Object> properties = new HashMap<>(RecommendationTestProperties.with(aws));
            properties.put("movierecs.aws.dynamodb-timeout", "200ms");
            // As deployed: each user's movies cached, kept fresh by the database's notifications.
            properties.put("movierecs.recommendations.user-movies-ttl", "10m");
            properties.put("micronaut.server.port", port);
            // The test environment's database (movierecs_test), never the app's own: the seeded movies
            // would stand in the app's catalogue and keep bin/run from importing MovieLens.
            try (ApplicationContext app = Micronaut.build(args).mainClass(Application.class).environments("test")
                    .properties(properties).start()) {
                System.out.println("token=" + seed(app, aws).substring("Bearer ".length()));
                System.out.println("ready");
                System.out.flush();
                System.in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
    }

    private static String seed(ApplicationContext app, LocalAws aws) {
        RecommendationFixtures fixtures = new RecommendationFixtures(app.getBean(JdbcOperations.class),
                RecommendationTestProperties.dynamoDb(aws), app.getBean(TokenGenerator.class),
                RecommendationTestProperties.TABLE);
        fixtures.movies(200);
        String runId = "run-bench-" + System.currentTimeMillis();
        app.getBean(Argument.of(ApplicationEventPublisher.class, ServedRunChanged.class)).publishEvent(new ServedRunChanged(
                runId, TestModel.write(app.getBean(ModelStore.class), app.getBean(JsonMapper.class), runId, 200)));
        long userId = fixtures.user();
        Instant generatedAt = Instant.now().minus(1, ChronoUnit.HOURS);
        List<Integer> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            if (i < 20 && i % 2 == 0) {
                fixtures.rate(userId, RecommendationFixtures.FIRST_MOVIE + i, 5.0, generatedAt.minus(1, ChronoUnit.DAYS));
            } else if (batch.size() < 50) {
                batch.add(RecommendationFixtures.FIRST_MOVIE + i);
            }
        }
        fixtures.batch(userId, runId, generatedAt, batch);
        return fixtures.bearer(userId);
    }
}
