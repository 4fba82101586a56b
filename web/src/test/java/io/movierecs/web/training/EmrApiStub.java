package io.movierecs.web.training;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EMR API on localhost: records the JSON the SDK really sends (target and body) and answers
 * each operation with a canned response, an HTTP error, or its answer too late. Without a canned
 * answer, RunJobFlow starts a cluster (as soon as the request arrives, whatever becomes of the
 * answer) that ListClusters and DescribeCluster then show with its name and run-id tag, and
 * TerminateJobFlows ends.
 */
public final class EmrApiStub implements AutoCloseable {
    public record Call(String operation, String body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> responses = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final Map<String, StubCluster> clusters = new ConcurrentHashMap<>();
    private final AtomicInteger nextCluster = new AtomicInteger(1);
    private volatile boolean clustersHidden;

    private record StubCluster(String id, String name, String runId, boolean terminated) {
    }

    public EmrApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(operation, request));
            String answer = simulate(operation, request);
            Duration delay = delays.get(operation);
            if (delay != null) {
                sleep(delay);
            }
            int status = failures.getOrDefault(operation, 200);
            byte[] body = (status == 200 ? answer
                    : "{\"__type\":\"InternalServerException\",\"message\":\"stub failure\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException clientGaveUp) {
                // A delayed answer nobody waits for any more.
            }
        });
        server.start();
    }

    private String simulate(String operation, String request) {
        String canned = responses.get(operation);
        switch (operation) {
            case "RunJobFlow" -> {
                String id = canned == null ? "j-STUB" + nextCluster.getAndIncrement() : field(canned, "JobFlowId");
                clusters.put(id, new StubCluster(id, field(request, "Name"), runIdTag(request), false));
                return "{\"JobFlowId\":\"" + id + "\"}";
            }
            case "ListClusters" -> {
                if (canned != null) {
                    return canned;
                }
                StringBuilder listed = new StringBuilder();
                for (StubCluster cluster : clustersHidden ? List.<StubCluster>of() : clusters.values()) {
                    if (!cluster.terminated()) {
                        listed.append(listed.isEmpty() ? "" : ",").append("{\"Id\":\"").append(cluster.id())
                                .append("\",\"Name\":\"").append(cluster.name()).append("\",\"Status\":{\"State\":\"RUNNING\"}}");
                    }
                }
                return "{\"Clusters\":[" + listed + "]}";
            }
            case "DescribeCluster" -> {
                StubCluster cluster = clusters.get(field(request, "ClusterId"));
                if (canned != null || cluster == null) {
                    return canned == null ? "{}" : canned;
                }
                return "{\"Cluster\":{\"Id\":\"" + cluster.id() + "\",\"Name\":\"" + cluster.name()
                        + "\",\"Status\":{\"State\":\"" + (cluster.terminated() ? "TERMINATED" : "RUNNING")
                        + "\"},\"Tags\":[{\"Key\":\"" + EmrJobFlows.RUN_ID_TAG + "\",\"Value\":\"" + cluster.runId() + "\"}]}}";
            }
            case "TerminateJobFlows" -> {
                if (failures.getOrDefault(operation, 200) == 200) {
                    Matcher ids = Pattern.compile("\"(j-[^\"]+)\"").matcher(request);
                    while (ids.find()) {
                        clusters.computeIfPresent(ids.group(1), (id, c) -> new StubCluster(id, c.name(), c.runId(), true));
                    }
                }
                return canned == null ? "{}" : canned;
            }
            default -> {
                return canned == null ? "{}" : canned;
            }
        }
    }

    /** Whether ListClusters shows the clusters started so far: EMR lists a new cluster only after a while. */
    public void hideClusters(boolean hidden) {
        clustersHidden = hidden;
    }

    /** Run ids of the clusters started and not terminated. */
    public List<String> liveClusterRuns() {
        return clusters.values().stream().filter(c -> !c.terminated()).map(StubCluster::runId).toList();
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String runIdTag(String request) {
        Matcher matcher = Pattern.compile("\\{\"Key\":\"" + EmrJobFlows.RUN_ID_TAG + "\",\"Value\":\"([^\"]*)\"\\}")
                .matcher(request);
        return matcher.find() ? matcher.group(1) : null;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void respond(String operation, String json) {
        responses.put(operation, json);
    }

    /** Every call of the operation gets this HTTP status (500: EMR's internal error) until {@link #heal}. */
    public void fail(String operation, int status) {
        failures.put(operation, status);
    }

    /** The operation's answer comes only after this long: a caller that gives up earlier never sees it. */
    public void delay(String operation, Duration delay) {
        delays.put(operation, delay);
    }

    public void heal(String operation) {
        failures.remove(operation);
        delays.remove(operation);
    }

    public List<Call> calls(String operation) {
        return calls.stream().filter(c -> c.operation().equals(operation)).toList();
    }

    public void forget() {
        calls.clear();
        responses.clear();
        failures.clear();
        delays.clear();
        clusters.clear();
        clustersHidden = false;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
