package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The repository's .ebextensions agree with what the stacks expect of them. */
class EbextensionsTest {
    private static final Path EBEXTENSIONS = Path.of("..", ".ebextensions");

    /** Port 80 never serves the app to anyone but CloudFront: the listener's own answer is 403. */
    @Test
    void listenerAnswers403ByDefault() throws IOException {
        Map<String, Object> listener = resource("cloudfront-origin.config", "AWSEBV2LoadBalancerListener");

        assertThat(map(listener.get("Properties"))).containsEntry("Port", 80).containsEntry("Protocol", "HTTP");
        assertThat(list(map(listener.get("Properties")).get("DefaultActions"))).singleElement()
                .isEqualTo(Map.of("Type", "fixed-response", "FixedResponseConfig", Map.of("StatusCode", "403",
                        "ContentType", "text/plain", "MessageBody", "Forbidden: use the CloudFront address")));
    }

    /** Forwarded only with the header CloudFront sends, valued from the option the CDK sets. */
    @Test
    void onlyRequestsWithTheOriginSecretReachTheInstances() throws IOException {
        Map<String, Object> rule = map(resource("cloudfront-origin.config", "MovierecsFromCloudFrontOnly").get("Properties"));

        assertThat(rule).containsEntry("ListenerArn", Map.of("Ref", "AWSEBV2LoadBalancerListener"))
                .containsEntry("Priority", 1);
        assertThat(list(rule.get("Conditions"))).singleElement().isEqualTo(Map.of("Field", "http-header",
                "HttpHeaderConfig", Map.of("HttpHeaderName", CloudFrontEdge.ORIGIN_VERIFY_HEADER,
                        "Values", List.of(Map.of("Fn::GetOptionSetting", Map.of(
                                "Namespace", WebEnvironmentSettings.CUSTOM_OPTIONS,
                                "OptionName", WebEnvironmentSettings.ORIGIN_SECRET_OPTION))))));
        assertThat(list(rule.get("Actions"))).singleElement().isEqualTo(Map.of("Type", "forward",
                "TargetGroupArn", Map.of("Ref", "AWSEBV2LoadBalancerTargetGroup")));
    }

    @Test
    void rdsCaBundleLandsWhereTheJdbcUrlLooksForIt() throws IOException {
        Map<String, Object> files = map(config("rds-ca.config").get("files"));

        assertThat(map(files.get(DatabaseStack.CA_BUNDLE)))
                .containsEntry("source", "https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem");
    }

    @Test
    void sourceBundleCarriesEveryConfigFile() throws IOException {
        BuildOutputs fake = TestDeployment.fakeBuildOutputs();
        Path bundle = SourceBundle.assemble(new BuildOutputs(fake.webJar(), fake.procfile(), EBEXTENSIONS, fake.jobJar()));

        assertThat(bundle.resolve(".ebextensions/cloudfront-origin.config")).exists();
        assertThat(bundle.resolve(".ebextensions/rds-ca.config")).exists();
    }

    /**
     * Beanstalk gives options set on the environment (the CDK's) priority over .ebextensions, so an
     * option set in both is one whose file copy changes nothing when edited: every option the
     * repository's configs set must be one the stacks leave alone.
     */
    @Test
    @SuppressWarnings("unchecked")
    void configFilesSetNothingTheStacksSet() throws IOException {
        Map<String, Object> environment = TestDeployment.template(TestDeployment.stacks().getWeb())
                .findResources("AWS::ElasticBeanstalk::Environment").values().iterator().next();
        List<String> setByStacks = ((List<Map<String, Object>>) map(environment.get("Properties")).get("OptionSettings"))
                .stream().map(option -> option.get("Namespace") + "/" + option.get("OptionName")).toList();
        List<String> setByFiles = new java.util.ArrayList<>();
        try (var files = Files.list(EBEXTENSIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".config")).toList()) {
                Object settings = config(file.getFileName().toString()).get("option_settings");
                if (settings != null) {
                    map(settings).forEach((namespace, options) ->
                            map(options).keySet().forEach(option -> setByFiles.add(namespace + "/" + option)));
                }
            }
        }

        assertThat(setByFiles).isNotEmpty().doesNotContainAnyElementsOf(setByStacks);
    }

    private static Map<String, Object> resource(String file, String name) throws IOException {
        return map(map(config(file).get("Resources")).get(name));
    }

    private static Map<String, Object> config(String file) throws IOException {
        return new Yaml().load(Files.readString(EBEXTENSIONS.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
