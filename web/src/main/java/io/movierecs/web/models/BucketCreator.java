package io.movierecs.web.models;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Emulators start empty; in AWS the bucket belongs to the CDK stack and this bean is off. An
 * emulator that does not answer at start does not stop the app: it serves without its model until
 * the store answers, and training runs fail until then.
 */
@Context
@Requires(property = "movierecs.models.create-bucket", value = "true")
class BucketCreator {
    private static final Logger LOG = LoggerFactory.getLogger(BucketCreator.class);

    BucketCreator(S3Client s3, ModelStoreSettings settings) {
        String bucket = settings.bucket();
        try {
            s3.headBucket(HeadBucketRequest.builder().bucket(bucket).build());
        } catch (NoSuchBucketException e) {
            create(s3, bucket);
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            create(s3, bucket);
        } catch (SdkClientException e) {
            LOG.warn("The model store did not answer at start, so bucket {} was not checked: {}", bucket, e.toString());
        }
    }

    private static void create(S3Client s3, String bucket) {
        s3.createBucket(CreateBucketRequest.builder().bucket(bucket).build());
        LOG.info("Created model store bucket {}", bucket);
    }
}
