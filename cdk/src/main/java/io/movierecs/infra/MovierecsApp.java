package io.movierecs.infra;

import software.amazon.awscdk.App;

/** Deploys movierecs; run by the CDK CLI through cdk/cdk.json after {@code ./mvnw -DskipTests package}. */
public final class MovierecsApp {

    public static void main(String[] args) {
        App app = new App();
        new MovierecsStacks(app, DeployConfig.from(app.getNode()),
                BuildOutputs.inRepository(BuildOutputs.findRepositoryRoot()));
        app.synth();
    }
}
