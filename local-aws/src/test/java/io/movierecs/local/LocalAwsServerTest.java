package io.movierecs.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class LocalAwsServerTest {

    @Test
    void separateProcessPrintsEndpointsServesThemAndStopsWhenItsInputCloses() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LocalAwsServer.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, String> endpoints = new HashMap<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream()));
        for (String line = out.readLine(); line != null && !line.equals("ready"); line = out.readLine()) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                endpoints.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }

        try (DynamoDbClient dynamoDb = LocalAwsTest.dynamoDb(URI.create(endpoints.get("dynamodb")))) {
            LocalAwsTest.createTable(dynamoDb);
            assertThat(dynamoDb.listTables().tableNames()).contains("recs");
        }
        assertThat(endpoints.get("s3")).startsWith("http://127.0.0.1:");

        server.getOutputStream().close();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
    }
}
