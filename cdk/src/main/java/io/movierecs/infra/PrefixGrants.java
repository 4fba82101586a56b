package io.movierecs.infra;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.IBucket;

/** S3 grants scoped to top-level prefixes of the model bucket, in place of a whole-bucket grant. */
final class PrefixGrants {
    private final IBucket bucket;
    private final IGrantable grantee;

    PrefixGrants(IBucket bucket, IGrantable grantee) {
        this.bucket = bucket;
        this.grantee = grantee;
    }

    PrefixGrants read(String... prefixes) {
        return allow(List.of("s3:GetObject"), prefixes);
    }

    PrefixGrants write(String... prefixes) {
        return allow(List.of("s3:PutObject", "s3:AbortMultipartUpload"), prefixes);
    }

    /** Listing keys under the prefixes only (how EMRFS finds a directory's files). */
    PrefixGrants list(String... prefixes) {
        List<String> patterns = Stream.of(prefixes)
                .flatMap(prefix -> Stream.of(prefix.substring(0, prefix.length() - 1), prefix + "*"))
                .toList();
        grantee.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn()))
                .conditions(Map.of("StringLike", Map.of("s3:prefix", patterns)))
                .build());
        return this;
    }

    /**
     * Listing the whole bucket: without it S3 answers a HEAD or GET of a missing key with 403
     * rather than 404, and the app could not tell "no model yet" from "no access".
     */
    PrefixGrants listAll() {
        grantee.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket")).resources(List.of(bucket.getBucketArn())).build());
        return this;
    }

    private PrefixGrants allow(List<String> actions, String... prefixes) {
        grantee.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(actions)
                .resources(Stream.of(prefixes).map(prefix -> bucket.arnForObjects(prefix + "*")).toList())
                .build());
        return this;
    }
}
