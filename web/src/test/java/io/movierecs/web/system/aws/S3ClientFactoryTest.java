package io.movierecs.web.system.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Uploads go without {@code Expect: 100-continue}: with it, a kept-alive connection the server had
 * closed failed the upload outright instead of being retried (seen in CI against the S3 emulator).
 */
class S3ClientFactoryTest {

    @Test
    void putObjectSendsItsBodyWithoutWaitingForContinue() throws IOException {
        List<String> expectHeaders = new CopyOnWriteArrayList<>();
        List<Integer> bodySizes = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            expectHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("Expect")));
            bodySizes.add(exchange.getRequestBody().readAllBytes().length);
            exchange.getResponseHeaders().add("ETag", "\"0\"");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try (S3Client s3 = new S3ClientFactory().s3Client(new AwsSettings(null,
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), null, "us-east-1",
                Duration.ofMillis(200), Duration.ofSeconds(30)))) {
            s3.putObject(b -> b.bucket("bucket").key("models/run/manifest.json"), RequestBody.fromString("{\"runId\":\"run\"}"));
        } finally {
            server.stop(0);
        }

        assertThat(expectHeaders).containsExactly("null");
        // The body arrived (signed in aws-chunked encoding over plain HTTP, so larger than the 15 bytes).
        assertThat(bodySizes).singleElement().satisfies(size -> assertThat(size).isGreaterThanOrEqualTo(15));
    }
}
