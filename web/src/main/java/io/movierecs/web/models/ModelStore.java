package io.movierecs.web.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where training runs' files live: ratings snapshots and model artefacts, under the keys of
 * {@link io.movierecs.contracts.ModelLayout}. An S3 bucket in AWS, LocalStack or an S3 emulator locally.
 */
public interface ModelStore {

    /**
     * Streams content to a key: nothing is visible under the key until {@code writer} returns, and
     * nothing is left behind when it throws. Large content goes up in parts, never held whole.
     */
    void write(String key, ContentWriter writer) throws IOException;

    /** Opens a key for reading; the caller closes the stream. */
    InputStream open(String key) throws ModelObjectNotFoundException;

    boolean exists(String key);

    /** The key as the job sees it, e.g. {@code s3://movierecs-models/models/run-1}. */
    String uri(String key);

    @FunctionalInterface
    interface ContentWriter {
        /** Writes the content; closing {@code out} is allowed and does not end the upload early. */
        void writeTo(OutputStream out) throws IOException;
    }
}
