package io.movierecs.web.operations;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * CloudWatch's PutMetricData at the HTTP level (AWS query protocol, form-encoded, gzip above a
 * size): keeps every metric datum it is sent and answers as CloudWatch does.
 */
final class PutMetricDataStub implements AutoCloseable {
    private static final Pattern MEMBER = Pattern.compile("MetricData\\.member\\.(\\d+)\\.(.+)");
    private static final Pattern DIMENSION = Pattern.compile("Dimensions\\.member\\.(\\d+)\\.(Name|Value)");

    /** One datum as CloudWatch would store it. */
    record Datum(String namespace, String metricName, Map<String, String> dimensions) {
    }

    private final HttpServer server;
    private final List<Datum> data = new CopyOnWriteArrayList<>();

    PutMetricDataStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Datum> data() {
        return List.copyOf(data);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream raw = exchange.getRequestBody()) {
            boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            String body = new String((gzip ? new GZIPInputStream(raw) : raw).readAllBytes(), StandardCharsets.UTF_8);
            data.addAll(parse(body));
        }
        byte[] answer = ("<PutMetricDataResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
                + "<ResponseMetadata><RequestId>stub</RequestId></ResponseMetadata></PutMetricDataResponse>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static List<Datum> parse(String form) {
        Map<String, String> fields = new TreeMap<>();
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        Map<Integer, Map<String, String>> members = new TreeMap<>();
        fields.forEach((key, value) -> {
            Matcher member = MEMBER.matcher(key);
            if (member.matches()) {
                members.computeIfAbsent(Integer.parseInt(member.group(1)), i -> new TreeMap<>())
                        .put(member.group(2), value);
            }
        });
        List<Datum> parsed = new ArrayList<>();
        members.values().forEach(member -> {
            Map<Integer, String[]> dimensions = new TreeMap<>();
            member.forEach((key, value) -> {
                Matcher dimension = DIMENSION.matcher(key);
                if (dimension.matches()) {
                    dimensions.computeIfAbsent(Integer.parseInt(dimension.group(1)), i -> new String[2])
                            [dimension.group(2).equals("Name") ? 0 : 1] = value;
                }
            });
            Map<String, String> named = new TreeMap<>();
            dimensions.values().forEach(d -> named.put(d[0], d[1]));
            parsed.add(new Datum(fields.get("Namespace"), member.get("MetricName"), named));
        });
        return parsed;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
