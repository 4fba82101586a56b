package io.movierecs.local;

import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * Starts the emulators with their data under a directory, points the app at them through system
 * properties, then runs the app's main class in this JVM. Used by {@code bin/run}; with an AWS
 * endpoint already configured (LocalStack, real AWS) it starts no emulator.
 *
 * <p>Usage: {@code LocalLauncher DATA_DIR MAIN_CLASS [ARGS...]}
 */
public final class LocalLauncher {

    private LocalLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LocalLauncher DATA_DIR MAIN_CLASS [ARGS...]");
            System.exit(2);
        }
        if (System.getenv("MOVIERECS_AWS_ENDPOINT") == null && System.getenv("AWS_ENDPOINT_URL") == null) {
            LocalAws aws = LocalAws.start(Path.of(args[0]));
            Runtime.getRuntime().addShutdownHook(new Thread(aws::close, "local-aws-shutdown"));
            System.setProperty("movierecs.aws.dynamodb-endpoint", aws.dynamoDbEndpoint().toString());
            System.setProperty("movierecs.aws.s3-endpoint", aws.s3Endpoint().toString());
            setIfAbsent("movierecs.aws.region", "us-east-1");
            // The emulators accept any credentials; these keep the SDK from looking for real ones.
            setIfAbsent("aws.accessKeyId", "local");
            setIfAbsent("aws.secretAccessKey", "local");
            System.out.println("local-aws: DynamoDB Local at " + aws.dynamoDbEndpoint()
                    + ", S3 emulator at " + aws.s3Endpoint() + ", data in " + args[0]);
        }
        String[] appArgs = java.util.Arrays.copyOfRange(args, 2, args.length);
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) appArgs);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
