package io.movierecs.web.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.local.SharedLocalAws;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ModelStoreTest implements TestPropertyProvider {

    @Inject
    ModelStore store;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("movierecs.aws.s3-endpoint", SharedLocalAws.get().s3Endpoint().toString(),
                "movierecs.models.create-bucket", "true");
    }

    @Test
    void contentLargerThanOnePartReadsBackWhole() throws IOException {
        byte[] content = new byte[S3ModelStore.PART_SIZE * 2 + 12_345];
        new Random(7).nextBytes(content);
        String key = "test/" + UUID.randomUUID() + "/large.bin";

        store.write(key, out -> {
            for (int offset = 0; offset < content.length; offset += 100_000) {
                out.write(content, offset, Math.min(100_000, content.length - offset));
            }
        });

        assertThat(store.exists(key)).isTrue();
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void smallContentReadsBack() throws IOException {
        String key = "test/" + UUID.randomUUID() + "/small.txt";

        store.write(key, out -> out.write("hello".getBytes()));

        try (InputStream in = store.open(key)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("hello");
        }
    }

    @Test
    void aWriterThatFailsLeavesNothingBehind() {
        String key = "test/" + UUID.randomUUID() + "/broken.bin";

        assertThatThrownBy(() -> store.write(key, out -> {
            out.write(new byte[S3ModelStore.PART_SIZE + 1]);
            throw new IOException("database went away");
        })).hasMessageContaining("database went away");

        assertThat(store.exists(key)).isFalse();
    }

    @Test
    void aMissingKeyIsReportedWithItsUri() {
        assertThat(store.exists("test/missing")).isFalse();
        assertThatThrownBy(() -> store.open("test/missing"))
                .isInstanceOf(ModelObjectNotFoundException.class)
                .hasMessageContaining("s3://movierecs-models/test/missing");
    }
}
