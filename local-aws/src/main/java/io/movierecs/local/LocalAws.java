package io.movierecs.local;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * DynamoDB Local and an S3 emulator (s3proxy) on loopback ports, in this JVM. With a data
 * directory both keep their contents across restarts; without one they live in memory.
 *
 * <p>The two listen on separate ports, so clients take per-service endpoints
 * ({@link #dynamoDbEndpoint()}, {@link #s3Endpoint()}); any credentials and region are accepted.
 */
public final class LocalAws implements AutoCloseable {
    private final DynamoDBProxyServer dynamoDb;
    private final S3Proxy s3;
    private final URI dynamoDbEndpoint;
    private final URI s3Endpoint;
    private boolean dynamoDbRunning;

    private LocalAws(DynamoDBProxyServer dynamoDb, URI dynamoDbEndpoint, S3Proxy s3, URI s3Endpoint) {
        this.dynamoDb = dynamoDb;
        this.dynamoDbEndpoint = dynamoDbEndpoint;
        this.s3 = s3;
        this.s3Endpoint = s3Endpoint;
        this.dynamoDbRunning = true;
    }

    /** Starts both emulators in memory on free ports. */
    public static LocalAws startInMemory() {
        return start(null);
    }

    /**
     * Starts both emulators on free ports.
     *
     * @param dataDirectory where DynamoDB tables and S3 objects are kept, or null for memory only
     */
    public static LocalAws start(Path dataDirectory) {
        try {
            int dynamoPort = freePort();
            String[] dynamoArgs = dataDirectory == null
                    ? new String[] {"-inMemory", "-port", Integer.toString(dynamoPort), "-disableTelemetry"}
                    : new String[] {"-sharedDb", "-dbPath", directory(dataDirectory.resolve("dynamodb")).toString(),
                            "-port", Integer.toString(dynamoPort), "-disableTelemetry"};
            DynamoDBProxyServer dynamoDb = ServerRunner.createServerFromCommandLineArgs(dynamoArgs);
            dynamoDb.start();

            BlobStore blobs = dataDirectory == null
                    ? new TransientNio2BlobStore()
                    : new FilesystemNio2BlobStore(directory(dataDirectory.resolve("s3")).toString());
            S3Proxy s3 = S3Proxy.builder()
                    .blobStore(blobs)
                    .endpoint(URI.create("http://127.0.0.1:" + freePort()))
                    .awsAuthentication(AuthenticationType.NONE, null, null)
                    .ignoreUnknownHeaders(true)
                    .build();
            s3.start();
            awaitStarted(s3);
            return new LocalAws(dynamoDb, URI.create("http://127.0.0.1:" + dynamoPort),
                    s3, URI.create("http://127.0.0.1:" + s3.getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the local AWS emulators: " + e.getMessage(), e);
        }
    }

    public URI dynamoDbEndpoint() {
        return dynamoDbEndpoint;
    }

    public URI s3Endpoint() {
        return s3Endpoint;
    }

    /** Stops DynamoDB Local alone, so tests can see how the app behaves when DynamoDB is down. */
    public synchronized void stopDynamoDb() {
        if (dynamoDbRunning) {
            try {
                dynamoDb.stop();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop DynamoDB Local", e);
            }
            dynamoDbRunning = false;
        }
    }

    @Override
    public synchronized void close() {
        stopDynamoDb();
        try {
            s3.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the S3 emulator", e);
        }
    }

    private static void awaitStarted(S3Proxy s3) throws InterruptedException {
        for (int i = 0; i < 200 && !"STARTED".equals(s3.getState()); i++) {
            Thread.sleep(25);
        }
        if (!"STARTED".equals(s3.getState())) {
            throw new IllegalStateException("the S3 emulator did not start: " + s3.getState());
        }
    }

    private static Path directory(Path path) throws IOException {
        return Files.createDirectories(path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
