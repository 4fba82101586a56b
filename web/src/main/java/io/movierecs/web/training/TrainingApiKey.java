package io.movierecs.web.training;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The key EventBridge's connection sends; compared in constant time, never logged. */
@Singleton
class TrainingApiKey {
    static final String HEADER = "X-Api-Key";
    static final String ROLE = "TRAINING_API";

    private final byte[] expectedDigest;

    TrainingApiKey(TrainingSettings settings) {
        String key = settings.apiKey();
        this.expectedDigest = key == null || key.isBlank() ? null : digest(key);
    }

    /** Comparing digests keeps the time independent of where, and whether in length, the keys differ. */
    boolean matches(String presented) {
        if (expectedDigest == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest, digest(presented));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
