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
    static final String CERTIFICATE = "arn:aws:acm:us-east-1:111111111111:certificate/test";

    private static MovierecsStacks stacks;
    private static MovierecsStacks withCustomDomain;

    private TestDeployment() {
    }

    /** The deployment as cdk.json and no further context make it: no domain of one's own. */
    static synchronized MovierecsStacks stacks() {
        if (stacks == null) {
            stacks = deploy(Map.of());
        }
        return stacks;
    }

    /** The same with -c domainName=... -c certificateArn=... */
    static synchronized MovierecsStacks withCustomDomain() {
        if (withCustomDomain == null) {
            withCustomDomain = deploy(Map.of("domainName", DOMAIN, "certificateArn", CERTIFICATE));
        }
        return withCustomDomain;
    }

    /** The app as MovierecsApp builds it (cdk-nag included), with cdk.json's context plus {@code extra}. */
    static MovierecsStacks deploy(Map<String, Object> extra) {
        return MovierecsApp.build(app(extra), fakeBuildOutputs());
    }

    static App app(Map<String, Object> extra) {
        Map<String, Object> context = new java.util.HashMap<>(CdkJson.context());
        context.putAll(extra);
        return new App(AppProps.builder().context(context).build());
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
