package io.movierecs.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestCookieBehavior;
import software.amazon.awscdk.services.cloudfront.OriginRequestHeaderBehavior;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestQueryStringBehavior;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.constructs.Construct;

/**
 * The public front door: CloudFront serves HTTPS with a valid certificate (its own
 * {@code *.cloudfront.net} one, or an ACM one for a domain of yours), redirects HTTP to HTTPS,
 * caches nothing, and reaches the load balancer with a secret header that the load balancer's
 * listener checks (.ebextensions/cloudfront-origin.config), so a request that did not come
 * through this distribution gets a 403.
 */
final class CloudFrontEdge {
    static final String ORIGIN_VERIFY_HEADER = "X-Origin-Verify";
    /** The only viewer TLS policy for a custom domain: TLS 1.2 and 1.3 with forward-secret ciphers. */
    static final SecurityPolicyProtocol VIEWER_TLS = SecurityPolicyProtocol.TLS_V1_2_2021;

    private CloudFrontEdge() {
    }

    static Distribution create(Construct scope, DeployConfig.WebSettings web, String loadBalancerDnsName,
                               String originSecret) {
        HttpOrigin loadBalancer = HttpOrigin.Builder.create(loadBalancerDnsName)
                // The load balancer's own name has no certificate anyone can issue, so this leg is HTTP
                // inside AWS's network; the security group admits CloudFront only (README, "Which legs are encrypted").
                .protocolPolicy(OriginProtocolPolicy.HTTP_ONLY)
                .customHeaders(Map.of(ORIGIN_VERIFY_HEADER, originSecret))
                .readTimeout(Duration.seconds(60))
                .build();
        // Everything the app needs from the viewer (cookies, query, headers incl. Host and X-Api-Key) plus
        // the scheme the viewer used, which the load balancer's X-Forwarded-Proto (http) cannot tell.
        OriginRequestPolicy forwardAll = OriginRequestPolicy.Builder.create(scope, "ForwardAll")
                .comment("movierecs: everything the app reads, and CloudFront-Forwarded-Proto")
                .headerBehavior(OriginRequestHeaderBehavior.all("CloudFront-Forwarded-Proto"))
                .cookieBehavior(OriginRequestCookieBehavior.all())
                .queryStringBehavior(OriginRequestQueryStringBehavior.all())
                .build();
        Distribution.Builder distribution = Distribution.Builder.create(scope, "Distribution")
                .comment("movierecs web app")
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(loadBalancer)
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .allowedMethods(AllowedMethods.ALLOW_ALL)
                        .cachePolicy(CachePolicy.CACHING_DISABLED)
                        .originRequestPolicy(forwardAll)
                        .build())
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .priceClass(PriceClass.PRICE_CLASS_100)
                .enableIpv6(true);
        if (web.hasCustomDomain()) {
            distribution.domainNames(List.of(web.domainName()))
                    .certificate(Certificate.fromCertificateArn(scope, "Certificate", web.certificateArn()))
                    .minimumProtocolVersion(VIEWER_TLS);
        }
        Distribution built = distribution.build();
        acceptFindings(built, web);
        return built;
    }

    private static void acceptFindings(Distribution distribution, DeployConfig.WebSettings web) {
        Nag.accept(distribution, "CFR1", "A public sign-up service meant for everyone: no country is blocked");
        Nag.accept(distribution, "CFR2", "No WAF web ACL by default (about $6 a month, README 'What it costs'); the app "
                + "throttles logins and sign-ups itself");
        Nag.accept(distribution, "CFR3", "Request logs come from the load balancer and the app (Beanstalk log "
                + "streaming); CloudFront standard logs need an ACL-enabled bucket");
        Nag.accept(distribution, "CFR5", "The origin is the load balancer's own DNS name, for which no certificate "
                + "can be issued, so CloudFront reaches it over HTTP; its security group admits CloudFront only and its "
                + "listener answers 403 without the origin secret");
        if (!web.hasCustomDomain()) {
            Nag.accept(distribution, "CFR4", "With CloudFront's own *.cloudfront.net certificate AWS fixes the viewer "
                    + "policy (browsers negotiate TLS 1.3/1.2); with -c domainName the policy is TLSv1.2_2021");
        }
    }
}
