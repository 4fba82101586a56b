package io.movierecs.infra;

import java.util.Objects;
import java.util.function.Function;
import software.constructs.Node;

/**
 * Everything a deployment may choose, read from CDK context ({@code -c key=value} or cdk.json),
 * with a default for each. README "Deploy to AWS" lists the keys.
 */
public record DeployConfig(
        NetworkSettings network,
        DatabaseSettings database,
        WebSettings web,
        EmrCluster emr,
        String trainingSchedule,
        int snapshotRetentionDays) {

    /** @param natInstanceType null for managed NAT gateways, else the NAT instances' type (cheaper) */
    public record NetworkSettings(int natGateways, String natInstanceType) {
    }

    public record DatabaseSettings(String instanceType, boolean multiAz, boolean deletionProtection) {
    }

    /**
     * @param domainName     the name (CNAME to the environment) that the certificate covers; with
     *                       it the training schedule is deployed, since API destinations need HTTPS
     * @param certificateArn ACM certificate for an HTTPS listener on the load balancer
     * @param admins         comma-separated emails of the app's administrators, or null
     */
    public record WebSettings(String solutionStack, String instanceType, int minInstances, int maxInstances,
                              String domainName, String certificateArn, String admins) {

        public boolean servesHttps() {
            return domainName != null && certificateArn != null;
        }
    }

    /** The transient cluster each training run gets. */
    public record EmrCluster(String releaseLabel, String masterInstanceType, String coreInstanceType,
                             int coreInstanceCount) {
    }

    public static DeployConfig from(Node node) {
        Context context = new Context(node);
        return new DeployConfig(
                new NetworkSettings(
                        context.get("natGateways", 1, Integer::parseInt),
                        context.get("natInstanceType", null, Function.identity())),
                new DatabaseSettings(
                        context.get("dbInstanceType", "t4g.micro", Function.identity()),
                        context.get("dbMultiAz", false, Context::parseBoolean),
                        context.get("dbDeletionProtection", true, Context::parseBoolean)),
                new WebSettings(
                        context.get("solutionStack", "64bit Amazon Linux 2023 v4.7.0 running Corretto 17",
                                Function.identity()),
                        context.get("webInstanceType", "t3.small", Function.identity()),
                        context.get("webMinInstances", 1, Integer::parseInt),
                        context.get("webMaxInstances", 2, Integer::parseInt),
                        context.get("domainName", null, Function.identity()),
                        context.get("certificateArn", null, Function.identity()),
                        context.get("admins", null, Function.identity())),
                new EmrCluster(
                        context.get("emrReleaseLabel", "emr-7.5.0", Function.identity()),
                        context.get("emrMasterInstanceType", "m5.xlarge", Function.identity()),
                        context.get("emrCoreInstanceType", "m5.xlarge", Function.identity()),
                        context.get("emrCoreInstanceCount", 2, Integer::parseInt)),
                context.get("trainingSchedule", "rate(1 day)", Function.identity()),
                context.get("snapshotRetentionDays", 30, Integer::parseInt));
    }

    private record Context(Node node) {

        <T> T get(String key, T fallback, Function<String, T> parse) {
            Object value = node.tryGetContext(key);
            if (value == null || value.toString().isBlank()) {
                return fallback;
            }
            try {
                return parse.apply(value.toString().trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("CDK context '" + key + "' has an invalid value '" + value
                        + "': " + Objects.toString(e.getMessage(), e.getClass().getSimpleName()), e);
            }
        }

        static boolean parseBoolean(String value) {
            return switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("expected true or false");
            };
        }
    }
}
