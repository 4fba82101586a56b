package io.movierecs.contracts;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The item factors of an ALS model, held compactly: one {@code float[]} of {@code size * rank}
 * values, row {@code i} belonging to {@code movieIds[i]}.
 *
 * <p>On disk (big-endian): the magic {@code MRIF}, format version 1 (int), implicit flag (byte),
 * rank (int), count (int), then {@code count} rows of movieId (int) and {@code rank} floats. The
 * header says exactly how many bytes follow, so a truncated file is detected rather than half read.
 */
public final class ItemFactors {
    private static final int MAGIC = 0x4D524946; // "MRIF"
    private static final int VERSION = 1;
    private static final int MAX_RANK = 4096;

    private final boolean implicit;
    private final int rank;
    private final int[] movieIds;
    private final float[] vectors;

    public ItemFactors(boolean implicit, int rank, int[] movieIds, float[] vectors) {
        if (rank < 1 || rank > MAX_RANK) {
            throw new IllegalArgumentException("rank must be 1.." + MAX_RANK + ": " + rank);
        }
        if ((long) movieIds.length * rank != vectors.length) {
            throw new IllegalArgumentException("expected " + (long) movieIds.length * rank
                    + " factor values for " + movieIds.length + " movies of rank " + rank + ", got " + vectors.length);
        }
        this.implicit = implicit;
        this.rank = rank;
        this.movieIds = movieIds;
        this.vectors = vectors;
    }

    public boolean implicit() {
        return implicit;
    }

    public int rank() {
        return rank;
    }

    public int size() {
        return movieIds.length;
    }

    public int movieId(int row) {
        return movieIds[row];
    }

    /** The backing array: row {@code i} starts at {@code i * rank()}. Not copied; do not modify. */
    public float[] vectors() {
        return vectors;
    }

    public float[] vector(int row) {
        return Arrays.copyOfRange(vectors, row * rank, (row + 1) * rank);
    }

    public void writeTo(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeBoolean(implicit);
        data.writeInt(rank);
        data.writeInt(movieIds.length);
        for (int row = 0; row < movieIds.length; row++) {
            data.writeInt(movieIds[row]);
            for (int k = row * rank, end = k + rank; k < end; k++) {
                data.writeFloat(vectors[k]);
            }
        }
        data.flush();
    }

    public static ItemFactors readFrom(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        try {
            if (data.readInt() != MAGIC) {
                throw new IOException("not an item factors file (bad magic)");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new IOException("unsupported item factors format version " + version);
            }
            boolean implicit = data.readBoolean();
            int rank = data.readInt();
            int count = data.readInt();
            if (rank < 1 || rank > MAX_RANK || count < 0 || (long) count * rank > Integer.MAX_VALUE - 8) {
                throw new IOException("corrupt item factors header: rank " + rank + ", count " + count);
            }
            int[] ids = new int[count];
            float[] vectors = new float[count * rank];
            for (int row = 0; row < count; row++) {
                ids[row] = data.readInt();
                for (int k = row * rank, end = k + rank; k < end; k++) {
                    vectors[k] = data.readFloat();
                }
            }
            if (data.read() != -1) {
                throw new IOException("item factors file has bytes after its last row");
            }
            return new ItemFactors(implicit, rank, ids, vectors);
        } catch (EOFException e) {
            throw new IOException("item factors file is truncated", e);
        }
    }
}
