package io.movierecs.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * Accepted cdk-nag findings, each naming its AwsSolutions rule and the reason it is accepted. A
 * suppression applies to the construct and its children; with findings given it is narrowed to
 * them (a finding written {@code /regex/} matches by pattern, for resources named by a token).
 */
final class Nag {

    private Nag() {
    }

    static void accept(IConstruct construct, String rule, String reason, String... findings) {
        NagSuppressions.addResourceSuppressions(construct, List.of(suppression(rule, reason, findings)), true);
    }

    /** For constructs the CDK adds at stack level, such as the custom resources' shared Lambda function. */
    static void acceptInStack(Stack stack, String rule, String reason, String... findings) {
        NagSuppressions.addStackSuppressions(stack, List.of(suppression(rule, reason, findings)), true);
    }

    /** The object ARNs under one top-level prefix of a bucket, however the bucket's ARN is written. */
    static String objectsUnder(String prefix) {
        return "/^Resource::.*\\/" + prefix.replace("/", "\\/") + "\\*$/";
    }

    private static NagPackSuppression suppression(String rule, String reason, String... findings) {
        NagPackSuppression.Builder suppression = NagPackSuppression.builder().id("AwsSolutions-" + rule).reason(reason);
        if (findings.length > 0) {
            suppression.appliesTo(Stream.of(findings).map(Nag::appliesTo).toList());
        }
        return suppression.build();
    }

    private static Object appliesTo(String finding) {
        return finding.startsWith("/") ? RegexAppliesTo.builder().regex(finding).build() : finding;
    }
}
