package io.movierecs.web.models;

import jakarta.inject.Singleton;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

@Singleton
class S3ModelStore implements ModelStore {
    static final int PART_SIZE = 8 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;

    S3ModelStore(S3Client s3, ModelStoreSettings settings) {
        this.s3 = s3;
        this.bucket = settings.bucket();
    }

    @Override
    public void write(String key, ContentWriter writer) throws IOException {
        try (MultipartUpload upload = new MultipartUpload(s3, bucket, key, PART_SIZE)) {
            writer.writeTo(new FilterOutputStream(upload) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            upload.complete();
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
        } catch (NoSuchKeyException e) {
            throw new ModelObjectNotFoundException(uri(key));
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public String uri(String key) {
        return "s3://" + bucket + "/" + key;
    }
}
