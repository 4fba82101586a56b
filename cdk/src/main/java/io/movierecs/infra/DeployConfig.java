package io.movierecs.infra;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import software.constructs.Node;

/**
 * Everything a deployment may choose, read from CDK context ({@code -c key=value} or cdk.json),
 * with a default for each except the Beanstalk platform, which lives in cdk.json alone so that a
 * platform change is a reviewed commit. README "Deploy to AWS" lists the keys.
 */
public record DeployConfig(
        NetworkSettings network,
        DatabaseSettings database,
        WebSettings web,
        EmrCluster emr,
        String trainingSchedule,
        int snapshotRetentionDays,
        int logRetentionDays,
        MonitoringSettings monitoring) {

    static final String SOLUTION_STACK = "solutionStack";

    /** @param natInstanceType null for managed NAT gateways, else the NAT instances' type (cheaper) */
    public record NetworkSettings(int natGateways, String natInstanceType) {
    }

    public record DatabaseSettings(String instanceType, boolean multiAz, boolean deletionProtection) {
    }

    /**
     * @param solutionStack  the Beanstalk platform version, pinned in cdk.json
     * @param domainName     a name of yours that CloudFront also answers to, or null for the
     *                       distribution's own {@code *.cloudfront.net} name
     * @param certificateArn ACM certificate in us-east-1 (CloudFront's region) covering domainName
     * @param shellAccess    lets operators open a shell on the instances with SSM Session Manager
     *                       (to run the app's operator commands, such as grant-admin)
     */
    public record WebSettings(String solutionStack, String instanceType, int minInstances, int maxInstances,
                              String domainName, String certificateArn, boolean shellAccess) {

        public WebSettings {
            if ((domainName == null) != (certificateArn == null)) {
                throw new IllegalArgumentException("CDK context 'domainName' and 'certificateArn' go together: "
                        + "set both (a name of yours and its ACM certificate in us-east-1) or neither");
            }
            if (certificateArn != null && !certificateArn.startsWith("arn:aws:acm:us-east-1:")) {
                throw new IllegalArgumentException("CDK context 'certificateArn' must be an ACM certificate in "
                        + "us-east-1, the only region CloudFront takes certificates from, was " + certificateArn);
            }
        }

        public boolean hasCustomDomain() {
            return domainName != null;
        }
    }

    /** The transient cluster each training run gets; coreSpot puts the core nodes on spot capacity. */
    public record EmrCluster(String releaseLabel, String masterInstanceType, String coreInstanceType,
                             int coreInstanceCount, boolean coreSpot) {
    }

    /**
     * @param alarmEmail  who the alarms notify (an email subscription to the alarm topic), or null
     *                    for no subscription
     * @param modelMaxAge the served model may not lag the ratings longer than this: two schedule
     *                    periods unless given
     */
    public record MonitoringSettings(String alarmEmail, Duration modelMaxAge) {
    }

    public static DeployConfig from(Node node) {
        Context context = new Context(node);
        String schedule = context.get("trainingSchedule", "rate(1 day)", Function.identity());
        Duration schedulePeriod = context.get("trainingSchedule", Duration.ofDays(1), SchedulePeriod::of);
        return new DeployConfig(
                new NetworkSettings(
                        context.get("natGateways", 1, Integer::parseInt),
                        context.get("natInstanceType", null, Function.identity())),
                new DatabaseSettings(
                        context.get("dbInstanceType", "t4g.micro", Function.identity()),
                        context.get("dbMultiAz", false, Context::parseBoolean),
                        context.get("dbDeletionProtection", true, Context::parseBoolean)),
                new WebSettings(
                        context.required(SOLUTION_STACK),
                        context.get("webInstanceType", "t3.small", Function.identity()),
                        context.get("webMinInstances", 1, Integer::parseInt),
                        context.get("webMaxInstances", 2, Integer::parseInt),
                        context.get("domainName", null, Function.identity()),
                        context.get("certificateArn", null, Function.identity()),
                        context.get("shellAccess", false, Context::parseBoolean)),
                new EmrCluster(
                        context.get("emrReleaseLabel", "emr-7.5.0", Function.identity()),
                        context.get("emrMasterInstanceType", "m5.xlarge", Function.identity()),
                        context.get("emrCoreInstanceType", "m5.xlarge", Function.identity()),
                        context.get("emrCoreInstanceCount", 2, Integer::parseInt),
                        context.get("emrCoreSpot", false, Context::parseBoolean)),
                schedule,
                context.get("snapshotRetentionDays", 30, Integer::parseInt),
                context.get("logRetentionDays", 30, value -> LogRetention.checked(Integer.parseInt(value))),
                new MonitoringSettings(
                        context.get("alarmEmail", null, DeployConfig::email),
                        context.get("modelMaxAgeHours", schedulePeriod.multipliedBy(2),
                                value -> Duration.ofHours(Long.parseLong(value)))));
    }

    private static String email(String value) {
        if (!value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("expected an email address");
        }
        return value;
    }

    private record Context(Node node) {

        String required(String key) {
            String value = get(key, null, Function.identity());
            if (value == null) {
                throw new IllegalArgumentException("CDK context '" + key + "' is missing: it is pinned in cdk/cdk.json; "
                        + "run cdk from cdk/ (or pass -c " + key + "=...)");
            }
            return value;
        }

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
