package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class CloudFrontEdgeTest {
    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = TestDeployment.template(TestDeployment.stacks().getWeb());
    }

    @Test
    void viewersAreRedirectedToHttps() {
        hasDefaultBehavior(Map.of("ViewerProtocolPolicy", "redirect-to-https"));
    }

    /** Without a domain of ours, CloudFront's *.cloudfront.net certificate is the valid one. */
    @Test
    void withoutADomainTheDistributionUsesItsOwnCertificate() {
        assertThat(distribution().toString()).doesNotContain("Aliases").doesNotContain("AcmCertificateArn");
        template.hasOutput("WebUrl", Match.objectLike(Map.of("Value", Map.of("Fn::Join", List.of("", List.of(
                "https://", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Distribution.*"), "DomainName"))))))));
    }

    @Test
    void withItsOwnDomainTheDistributionServesItWithTheAcmCertificateAndTls12OrLater() {
        Template withDomain = TestDeployment.template(TestDeployment.withCustomDomain().getWeb());

        withDomain.hasResourceProperties("AWS::CloudFront::Distribution", Match.objectLike(Map.of(
                "DistributionConfig", Match.objectLike(Map.of(
                        "Aliases", List.of(TestDeployment.DOMAIN),
                        "ViewerCertificate", Map.of("AcmCertificateArn", TestDeployment.CERTIFICATE,
                                "MinimumProtocolVersion", "TLSv1.2_2021", "SslSupportMethod", "sni-only"))))));
        withDomain.hasOutput("WebUrl", Match.objectLike(Map.of("Value", "https://" + TestDeployment.DOMAIN)));
    }

    @Test
    void originIsTheLoadBalancerWithTheSecretHeader() {
        template.hasResourceProperties("AWS::CloudFront::Distribution", Match.objectLike(Map.of(
                "DistributionConfig", Match.objectLike(Map.of("Origins", List.of(Match.objectLike(Map.of(
                        "DomainName", Map.of("Fn::GetAtt", List.of("Environment", "EndpointURL")),
                        "OriginCustomHeaders", List.of(Map.of("HeaderName", "X-Origin-Verify",
                                "HeaderValue", Match.objectLike(Map.of("Fn::Join", Match.anyValue())))),
                        "CustomOriginConfig", Match.objectLike(Map.of("OriginProtocolPolicy", "http-only"))))))))));
        assertThat(distribution().toString()).contains("{{resolve:secretsmanager:").contains("OriginSecret");
    }

    /** A dynamic app: nothing cached, every method, every cookie, header and query parameter reaches it. */
    @Test
    void nothingIsCachedAndEverythingIsForwarded() {
        hasDefaultBehavior(Map.of(
                "CachePolicyId", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
                "AllowedMethods", List.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE")));
        template.hasResourceProperties("AWS::CloudFront::OriginRequestPolicy", Match.objectLike(Map.of(
                "OriginRequestPolicyConfig", Match.objectLike(Map.of(
                        "HeadersConfig", Map.of("HeaderBehavior", "allViewerAndWhitelistCloudFront",
                                "Headers", List.of("CloudFront-Forwarded-Proto")),
                        "CookiesConfig", Map.of("CookieBehavior", "all"),
                        "QueryStringsConfig", Map.of("QueryStringBehavior", "all"))))));
    }

    private static Object distribution() {
        return template.findResources("AWS::CloudFront::Distribution").values().iterator().next();
    }

    private static void hasDefaultBehavior(Map<String, Object> properties) {
        template.hasResourceProperties("AWS::CloudFront::Distribution", Match.objectLike(Map.of(
                "DistributionConfig", Match.objectLike(Map.of(
                        "DefaultCacheBehavior", Match.objectLike(properties))))));
    }
}
