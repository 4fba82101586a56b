package io.movierecs.local;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs the emulators as a process of their own, for callers whose classpath must not meet the
 * emulators' libraries (the Spark job's tests). Prints {@code dynamodb=URI} and {@code s3=URI}, then
 * {@code ready}, and stops when its standard input closes, so it never outlives its parent.
 *
 * <p>Usage: {@code java -cp ... io.movierecs.local.LocalAwsServer [--data DIR]}
 */
public final class LocalAwsServer {

    private LocalAwsServer() {
    }

    public static void main(String[] args) throws IOException {
        Path data = null;
        if (args.length == 2 && args[0].equals("--data")) {
            data = Path.of(args[1]);
        } else if (args.length != 0) {
            System.err.println("usage: LocalAwsServer [--data DIR]");
            System.exit(2);
        }
        try (LocalAws aws = LocalAws.start(data)) {
            System.out.println("dynamodb=" + aws.dynamoDbEndpoint());
            System.out.println("s3=" + aws.s3Endpoint());
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() != -1) {
                // Keep running until the parent closes our standard input.
            }
        }
        System.exit(0);
    }
}
