package io.movierecs.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.Stack;

/**
 * The whole app, built once per test JVM with small stand-ins for the jars, so each stack's test
 * class only reads its template. Synthesising needs no AWS credentials: the stacks are
 * environment-agnostic.
 */
final class TestDeployment {
    static final String DOMAIN = "movies.example.com";
    static final String CERTIFICATE = "arn:aws:acm:eu-west-1:111111111111:certificate/test";
    static final String ADMINS = "ada@example.com,grace@example.com";

    private static MovierecsStacks stacks;

    private TestDeployment() {
    }

    static synchronized MovierecsStacks stacks() {
        if (stacks == null) {
            App app = new App(AppProps.builder()
                    .context(Map.of("domainName", DOMAIN, "certificateArn", CERTIFICATE, "admins", ADMINS))
                    .build());
            stacks = new MovierecsStacks(app, DeployConfig.from(app.getNode()), fakeBuildOutputs());
        }
        return stacks;
    }

    static Template template(Stack stack) {
        return Template.fromStack(stack);
    }

    /** The IAM policy statements attached to the role whose logical id starts with {@code rolePrefix}. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statementsOf(Template template, String rolePrefix) {
        return template.findResources("AWS::IAM::Policy").values().stream()
                .map(policy -> (Map<String, Object>) policy.get("Properties"))
                .filter(properties -> properties.get("Roles").toString().contains("Ref=" + rolePrefix))
                .flatMap(properties -> ((List<Map<String, Object>>)
                        ((Map<String, Object>) properties.get("PolicyDocument")).get("Statement")).stream())
                .toList();
    }

    /** Actions of the statements whose resources mention {@code resourceHint} (a logical id or export name). */
    static List<String> actionsOn(List<Map<String, Object>> statements, String resourceHint) {
        return statements.stream()
                .filter(statement -> statement.get("Resource").toString().contains(resourceHint))
                .flatMap(statement -> statement.get("Action") instanceof List<?> actions
                        ? actions.stream().map(Object::toString)
                        : java.util.stream.Stream.of(statement.get("Action").toString()))
                .toList();
    }

    /** Build outputs as small files, so tests neither need nor wait for the real jars. */
    static BuildOutputs fakeBuildOutputs() {
        try {
            Path dir = Files.createTempDirectory("movierecs-cdk-test");
            Path ebextensions = Files.createDirectory(dir.resolve(".ebextensions"));
            Files.writeString(ebextensions.resolve("movierecs.config"), "option_settings: {}\n");
            return new BuildOutputs(
                    Files.writeString(dir.resolve("web.jar"), "not really a jar"),
                    Files.writeString(dir.resolve("Procfile"), "web: java -jar movierecs-web.jar\n"),
                    ebextensions,
                    Files.writeString(dir.resolve("job.jar"), "not really a jar either"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
