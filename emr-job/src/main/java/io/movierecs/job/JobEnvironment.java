package io.movierecs.job;

/** What the job talks to beyond its arguments; tests swap in clients that inject faults. */
record JobEnvironment(DynamoDbSink.ClientFactory dynamoDb, BatchRetry retry) {

    static JobEnvironment standard() {
        return new JobEnvironment(AwsClients::dynamoDb, BatchRetry.standard());
    }
}
