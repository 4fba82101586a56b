package io.movierecs.contracts;

/**
 * Tags the web app puts on every training cluster it launches. The infrastructure's IAM policies
 * depend on them: the web role may launch, follow and stop only clusters carrying
 * {@link #APPLICATION_KEY}={@link #APPLICATION}, and AmazonEMRServicePolicy_v2 acts only on
 * resources carrying {@link #EMR_MANAGED_POLICIES_KEY}=true. Defined once so neither side drifts.
 */
public final class EmrClusterTags {
    public static final String APPLICATION_KEY = "application";
    public static final String APPLICATION = "movierecs";
    public static final String EMR_MANAGED_POLICIES_KEY = "for-use-with-amazon-emr-managed-policies";
    public static final String EMR_MANAGED_POLICIES = "true";
    public static final String RUN_ID_KEY = "movierecs:run-id";

    private EmrClusterTags() {
    }
}
