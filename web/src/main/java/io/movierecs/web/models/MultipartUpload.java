package io.movierecs.web.models;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * An output stream to one S3 key holding at most one part in memory. Content smaller than a part
 * goes up in one PutObject; larger content as a multipart upload. Closing without
 * {@link #complete()} aborts, so a failed writer leaves nothing under the key.
 */
final class MultipartUpload extends OutputStream {
    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final byte[] buffer;
    private final List<CompletedPart> parts = new ArrayList<>();
    private int buffered;
    private String uploadId;
    private boolean completed;

    MultipartUpload(S3Client s3, String bucket, String key, int partSize) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.buffer = new byte[partSize];
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, buffer.length - buffered);
            System.arraycopy(b, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
            if (buffered == buffer.length) {
                uploadPart();
            }
        }
    }

    void complete() {
        if (uploadId == null) {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(),
                    RequestBody.fromBytes(Arrays.copyOf(buffer, buffered)));
        } else {
            if (buffered > 0) {
                uploadPart();
            }
            s3.completeMultipartUpload(CompleteMultipartUploadRequest.builder()
                    .bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build())
                    .build());
        }
        completed = true;
    }

    @Override
    public void close() {
        if (!completed && uploadId != null) {
            s3.abortMultipartUpload(AbortMultipartUploadRequest.builder()
                    .bucket(bucket).key(key).uploadId(uploadId).build());
        }
        completed = true;
    }

    private void uploadPart() {
        if (uploadId == null) {
            uploadId = s3.createMultipartUpload(CreateMultipartUploadRequest.builder()
                    .bucket(bucket).key(key).build()).uploadId();
        }
        int partNumber = parts.size() + 1;
        String etag = s3.uploadPart(UploadPartRequest.builder()
                        .bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber).build(),
                RequestBody.fromBytes(Arrays.copyOf(buffer, buffered))).eTag();
        parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
        buffered = 0;
    }
}
