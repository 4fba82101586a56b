package io.movierecs.web.recommendations;

import java.util.BitSet;

/**
 * Scores every row of a factor array against one vector and keeps the best {@code n} in a min-heap
 * of primitives, skipping excluded rows. A tie goes to the lower row, which is the lower movie id
 * in the job's item factors: the order the job's batch lists give (tested against contracts' RankingCase).
 */
final class TopRows {
    private final int[] rows;
    private final float[] scores;
    private int size;

    private TopRows(int capacity) {
        rows = new int[capacity];
        scores = new float[capacity];
    }

    /** @param columns the factors column-major, as {@link FactorMath#transpose} makes them */
    static TopRows best(float[] columns, int rank, float[] query, BitSet excluded, int n) {
        return best(FactorMath.scoreAll(columns, columns.length / rank, query), excluded, n);
    }

    /** The best {@code n} rows of {@code scores} not in {@code excluded}, best first. */
    static TopRows best(float[] scores, BitSet excluded, int n) {
        int count = scores.length;
        TopRows top = new TopRows(Math.max(1, n));
        for (int row = 0; row < count; row++) {
            // Once the heap is full, most rows fall below its least score: test that before the bit set.
            // Rows come in ascending order, so one that only ties the least entry ranks below it.
            if ((top.size < top.rows.length || scores[row] > top.scores[0]) && !excluded.get(row)) {
                top.offer(row, scores[row]);
            }
        }
        top.sortDescending();
        return top;
    }

    int size() {
        return size;
    }

    int row(int rank) {
        return rows[rank];
    }

    float score(int rank) {
        return scores[rank];
    }

    private void offer(int row, float score) {
        if (size < rows.length) {
            rows[size] = row;
            scores[size] = score;
            siftUp(size++);
        } else if (score > scores[0]) {
            rows[0] = row;
            scores[0] = score;
            siftDown(0, size);
        }
    }

    /** Heap sort in place: the min-heap turns into best-first order. */
    private void sortDescending() {
        for (int end = size - 1; end > 0; end--) {
            swap(0, end);
            siftDown(0, end);
        }
    }

    private void siftUp(int child) {
        while (child > 0) {
            int parent = (child - 1) >>> 1;
            if (!below(child, parent)) {
                return;
            }
            swap(parent, child);
            child = parent;
        }
    }

    private void siftDown(int parent, int end) {
        while (true) {
            int child = 2 * parent + 1;
            if (child >= end) {
                return;
            }
            if (child + 1 < end && below(child + 1, child)) {
                child++;
            }
            if (!below(child, parent)) {
                return;
            }
            swap(parent, child);
            parent = child;
        }
    }

    /** Entry {@code a} ranks below entry {@code b}: a lower score, or the same score and a later row. */
    private boolean below(int a, int b) {
        return scores[a] < scores[b] || (scores[a] == scores[b] && rows[a] > rows[b]);
    }

    private void swap(int a, int b) {
        int row = rows[a];
        rows[a] = rows[b];
        rows[b] = row;
        float score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
