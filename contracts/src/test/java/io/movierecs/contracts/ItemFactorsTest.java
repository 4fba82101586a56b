package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ItemFactorsTest {

    private static byte[] bytesOf(ItemFactors factors) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        factors.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void roundTripKeepsEveryMovieAndValue() throws IOException {
        ItemFactors written = new ItemFactors(true, 2, new int[] {1, 260, 1196}, new float[] {0.5f, -1f, 2f, 3f, 4.25f, -0.125f});

        ItemFactors read = ItemFactors.readFrom(new ByteArrayInputStream(bytesOf(written)));

        assertThat(read.implicit()).isTrue();
        assertThat(read.rank()).isEqualTo(2);
        assertThat(read.size()).isEqualTo(3);
        assertThat(read.movieId(1)).isEqualTo(260);
        assertThat(read.vector(2)).containsExactly(4.25f, -0.125f);
    }

    @Test
    void truncatedFileIsRejectedNotHalfRead() throws IOException {
        byte[] bytes = bytesOf(new ItemFactors(false, 3, new int[] {7, 8}, new float[6]));

        assertThatThrownBy(() -> ItemFactors.readFrom(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 1))))
                .isInstanceOf(IOException.class).hasMessageContaining("truncated");
    }

    @Test
    void otherFilesAreRejected() {
        assertThatThrownBy(() -> ItemFactors.readFrom(new ByteArrayInputStream("movieId,score\n".getBytes())))
                .isInstanceOf(IOException.class).hasMessageContaining("magic");
    }

    @Test
    void mismatchedVectorLengthIsRejected() {
        assertThatThrownBy(() -> new ItemFactors(false, 4, new int[] {1}, new float[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 4");
    }
}
