package io.movierecs.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * DynamoDB Local and the S3 emulator of module local-aws, run as a process of their own so that
 * their Jetty and Jackson never meet Spark's. Its classpath comes from Maven once and is cached in
 * target/. While it runs, the job's clients find it through the SDK's standard system properties.
 */
final class LocalAwsProcess implements AutoCloseable {
    private static final Path ROOT = Path.of(System.getProperty("movierecs.root", "..")).toAbsolutePath().normalize();
    private static final Path CLASSPATH = ROOT.resolve("emr-job/target/local-aws.classpath");

    private final Process process;
    final URI dynamoDb;
    final URI s3;

    private LocalAwsProcess(Process process, URI dynamoDb, URI s3) {
        this.process = process;
        this.dynamoDb = dynamoDb;
        this.s3 = s3;
    }

    static LocalAwsProcess start() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("java", "-Xmx512m", "-cp", classpath(), "io.movierecs.local.LocalAwsServer")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        URI dynamoDb = null;
        URI s3 = null;
        for (String line = out.readLine(); line != null && !line.equals("ready"); line = out.readLine()) {
            if (line.startsWith("dynamodb=")) {
                dynamoDb = URI.create(line.substring("dynamodb=".length()));
            } else if (line.startsWith("s3=")) {
                s3 = URI.create(line.substring("s3=".length()));
            }
        }
        if (dynamoDb == null || s3 == null) {
            process.destroyForcibly();
            throw new IllegalStateException("local-aws did not start");
        }
        drain(out);
        System.setProperty("aws.endpointUrlDynamodb", dynamoDb.toString());
        System.setProperty("aws.endpointUrlS3", s3.toString());
        System.setProperty("aws.region", "us-east-1");
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        return new LocalAwsProcess(process, dynamoDb, s3);
    }

    /** The emulators keep logging to standard output; a full pipe would stall them. */
    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException ignored) {
                // the process has gone
            }
        }, "local-aws-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    DynamoDbClientBuilder dynamoDbBuilder() {
        return DynamoDbClient.builder().endpointOverride(dynamoDb).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
    }

    void createTable(String table) {
        try (DynamoDbClient client = dynamoDbBuilder().build()) {
            client.createTable(request -> request.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(d -> d.attributeName("userId").attributeType(ScalarAttributeType.N),
                            d -> d.attributeName("modelVersion").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("userId").keyType(KeyType.HASH),
                            k -> k.attributeName("modelVersion").keyType(KeyType.RANGE)));
        }
    }

    S3Client s3Client() {
        return S3Client.builder().endpointOverride(s3).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        for (String property : List.of("aws.endpointUrlDynamodb", "aws.endpointUrlS3")) {
            System.clearProperty(property);
        }
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static synchronized String classpath() throws IOException, InterruptedException {
        if (!Files.exists(CLASSPATH)) {
            Path partial = CLASSPATH.resolveSibling("local-aws.classpath.partial");
            Process maven = new ProcessBuilder(ROOT.resolve("mvnw").toString(), "-B", "-q", "-o", "-pl", "local-aws",
                    "-am", "compile", "dependency:build-classpath", "-Dmdep.includeScope=runtime",
                    "-Dmdep.outputFile=" + partial)
                    .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (maven.waitFor() != 0) {
                throw new IllegalStateException("could not build local-aws's classpath with Maven");
            }
            Files.move(partial, CLASSPATH);
        }
        try {
            return ROOT.resolve("local-aws/target/classes") + java.io.File.pathSeparator + Files.readString(CLASSPATH).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
