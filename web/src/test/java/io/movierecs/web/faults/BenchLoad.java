package io.movierecs.web.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Light load for {@link FaultBench}: three clients, one request each every 100 ms, against whichever
 * app instance is current (it changes when the app is restarted): recommendations of the given users,
 * a catalogue search, and a rating of a movie not rated before, each acknowledged one remembered.
 */
final class BenchLoad {
    /** One answer; {@code status} 0 when no answer came at all (connection refused, reset). */
    record Answer(String kind, long atMillis, long millis, int status) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** A rating the app acknowledged, which must therefore be stored. */
    record Rating(long movieId, double rating) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    private final List<Rating> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean();
    private final long origin = System.currentTimeMillis();
    private final List<String> userTokens;
    private final String raterToken;
    private final List<Integer> movies;
    private volatile URI app;
    private ExecutorService clients;

    BenchLoad(URI app, List<String> userTokens, String raterToken, List<Integer> movies) {
        this.app = app;
        this.userTokens = userTokens;
        this.raterToken = raterToken;
        this.movies = movies;
    }

    void pointAt(URI restarted) {
        app = restarted;
    }

    long now() {
        return System.currentTimeMillis() - origin;
    }

    void start() {
        running.set(true);
        clients = Executors.newFixedThreadPool(3);
        clients.submit(() -> loop(i -> send("recommendations", "GET", "/api/me/recommendations?limit=10",
                userTokens.get(i % userTokens.size()), null)));
        clients.submit(() -> loop(i -> send("search", "GET", "/api/movies?query=star&size=10", null, null)));
        clients.submit(() -> loop(i -> {
            int movieId = movies.get(i % movies.size());
            double rating = 0.5 + (i % 10) * 0.5;
            if (send("rate", "PUT", "/api/me/ratings/" + movieId, raterToken, "{\"rating\":" + rating + "}")) {
                acknowledged.add(new Rating(movieId, rating));
            }
        }));
    }

    void stop() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(20, TimeUnit.SECONDS);
    }

    List<Answer> answers(long fromMillis, long toMillis) {
        synchronized (answers) {
            return answers.stream().filter(a -> a.atMillis() >= fromMillis && a.atMillis() < toMillis).toList();
        }
    }

    List<Rating> acknowledged() {
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    private interface Step {
        void run(int i);
    }

    private void loop(Step step) {
        for (int i = 0; running.get(); i++) {
            step.run(i);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean send(String kind, String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        long at = now();
        int status;
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        Answer answer = new Answer(kind, at, now() - at, status);
        answers.add(answer);
        return answer.ok();
    }
}
