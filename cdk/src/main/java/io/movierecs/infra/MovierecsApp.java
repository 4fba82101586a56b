package io.movierecs.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;

/** Deploys movierecs; run by the CDK CLI through cdk/cdk.json after {@code ./mvnw -DskipTests package}. */
public final class MovierecsApp {

    public static void main(String[] args) {
        App app = new App();
        build(app, BuildOutputs.inRepository(BuildOutputs.findRepositoryRoot()));
        app.synth();
    }

    /**
     * Every stack, checked by cdk-nag's AWS Solutions rules: a finding without a suppression that
     * names its reason becomes an error annotation, and the CDK CLI refuses to synthesise or deploy.
     */
    static MovierecsStacks build(App app, BuildOutputs build) {
        MovierecsStacks stacks = new MovierecsStacks(app, DeployConfig.from(app.getNode()), build);
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return stacks;
    }
}
