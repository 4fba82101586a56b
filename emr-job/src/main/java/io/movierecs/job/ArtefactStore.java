package io.movierecs.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Where a run's files go: an S3 prefix ({@code s3://bucket/prefix}) or a local directory. */
interface ArtefactStore {

    /** Stores one file whole; a reader never sees it half written. */
    void put(String name, Path file);

    String describe(String name);

    static ArtefactStore at(String location) {
        if (location.startsWith("s3://")) {
            String rest = location.substring("s3://".length());
            int slash = rest.indexOf('/');
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("/+$", "");
            if (bucket.isEmpty()) {
                throw new JobFailedException("no bucket in " + location);
            }
            return new S3Store(bucket, prefix);
        }
        return new DirectoryStore(Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location));
    }

    record S3Store(String bucket, String prefix) implements ArtefactStore {
        @Override
        public void put(String name, Path file) {
            try (S3Client s3 = AwsClients.s3()) {
                s3.putObject(request -> request.bucket(bucket).key(key(name)), RequestBody.fromFile(file));
            } catch (SdkException e) {
                throw new JobFailedException("cannot write " + describe(name) + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String describe(String name) {
            return "s3://" + bucket + "/" + key(name);
        }

        private String key(String name) {
            return prefix.isEmpty() ? name : prefix + "/" + name;
        }
    }

    record DirectoryStore(Path directory) implements ArtefactStore {
        @Override
        public void put(String name, Path file) {
            try {
                Files.createDirectories(directory);
                Path partial = directory.resolve("." + name + ".partial");
                Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                setReadableByAll(partial);
                Files.move(partial, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + describe(name), e);
            }
        }

        @Override
        public String describe(String name) {
            return directory.resolve(name).toAbsolutePath().toString();
        }

        /** Temporary files start private; the web app may read the model as another user. */
        private static void setReadableByAll(Path file) throws IOException {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
    }
}
