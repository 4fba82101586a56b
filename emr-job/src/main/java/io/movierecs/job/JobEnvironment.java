package io.movierecs.job;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What the job talks to beyond its arguments; tests swap in clients that inject faults. */
record JobEnvironment(DynamoDbSink.ClientFactory dynamoDb, BatchRetry retry) {

    static JobEnvironment standard() {
        return new JobEnvironment(new StandardDynamoDb(), BatchRetry.standard());
    }

    /**
     * A named class rather than a method reference: a serialised lambda is matched by its
     * signature, which the shaded jar's relocation of the AWS SDK rewrites.
     */
    private static final class StandardDynamoDb implements DynamoDbSink.ClientFactory {
        @Override
        public DynamoDbClient create() {
            return AwsClients.dynamoDb();
        }
    }
}
