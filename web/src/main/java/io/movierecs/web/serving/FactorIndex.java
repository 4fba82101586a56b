package io.movierecs.web.serving;

import java.util.Arrays;

/** Maps a movieId to its row in a model's factor array without boxing (open addressing). */
final class FactorIndex {
    private static final int EMPTY = Integer.MIN_VALUE;

    private final int[] keys;
    private final int[] rows;
    private final int mask;

    FactorIndex(int[] movieIds) {
        int capacity = Integer.highestOneBit(Math.max(4, movieIds.length * 2 - 1)) << 1;
        keys = new int[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(keys, EMPTY);
        for (int row = 0; row < movieIds.length; row++) {
            int slot = slotOf(movieIds[row]);
            keys[slot] = movieIds[row];
            rows[slot] = row;
        }
    }

    /** The movie's row, or -1 when the model does not know it. */
    int rowOf(int movieId) {
        int slot = slotOf(movieId);
        return keys[slot] == movieId ? rows[slot] : -1;
    }

    private int slotOf(int movieId) {
        int slot = (movieId * 0x9E3779B9) >>> 7 & mask;
        while (keys[slot] != EMPTY && keys[slot] != movieId) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
