package io.movierecs.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The web app in a JVM of its own, as bin/run starts it, so a test can kill it with SIGKILL and
 * start it again. It takes the test JVM's classpath and the given properties as system
 * properties; its output goes to a log file.
 */
public final class WebProcess implements AutoCloseable {
    private final Process process;
    private final URI url;

    private WebProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /** Starts the app in the {@code test} environment on a free port and waits until it serves. */
    public static WebProcess start(Map<String, String> properties, Path log, Duration patience) {
        return start("test", properties, log, patience);
    }

    /** Starts the app in the given Micronaut environment ({@code local} is bin/run's) on a free port. */
    public static WebProcess start(String environment, Map<String, String> properties, Path log, Duration patience) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dmicronaut.environments=" + environment, "-Dmicronaut.server.port=" + port,
                "-Daws.accessKeyId=local", "-Daws.secretAccessKey=local"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.movierecs.web.Application"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            WebProcess web = new WebProcess(process, URI.create("http://127.0.0.1:" + port));
            web.awaitServing(patience, log);
            return web;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook runs, nothing is closed cleanly; its child processes live on. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private void awaitServing(Duration patience, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                // Any answer will do: /health itself says DOWN while S3 or the database is.
                http.send(HttpRequest.newBuilder(url.resolve("/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        kill();
        throw new IllegalStateException("the app did not serve within " + patience + "; see " + log);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
