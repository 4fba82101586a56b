package io.movierecs.web.recommendations;

import io.movierecs.contracts.Cholesky;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/** Dense float kernels over rows of a contiguous factor array; no boxing, no allocation per row. */
final class FactorMath {
    private FactorMath() {
    }

    /** Four running sums, so the additions do not wait on each other (the JIT keeps a float sum's order). */
    static float dot(float[] rows, int offsetA, int offsetB, int rank) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = 0;
        for (; k + 4 <= rank; k += 4) {
            s0 += rows[offsetA + k] * rows[offsetB + k];
            s1 += rows[offsetA + k + 1] * rows[offsetB + k + 1];
            s2 += rows[offsetA + k + 2] * rows[offsetB + k + 2];
            s3 += rows[offsetA + k + 3] * rows[offsetB + k + 3];
        }
        for (; k < rank; k++) {
            s0 += rows[offsetA + k] * rows[offsetB + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Below this many movies one core scores them all faster than two can split the work. */
    static final int PARALLEL_ROWS = 20_000;
    private static final int CHUNKS = 8;

    /**
     * Every row's dot product with {@code vector}, from a column-major copy of the factors
     * ({@code columns[k * count + row]}). The pass is bound by memory bandwidth, which one core
     * cannot use up alone, so a large catalogue goes in chunks that the calling thread and one task
     * on the common fork-join pool take in turn. A helper that starts late (a busy pool, a
     * descheduled core) finds fewer chunks left and costs the caller at most the one it is in.
     */
    static float[] scoreAll(float[] columns, int count, float[] vector) {
        float[] scores = new float[count];
        if (count < PARALLEL_ROWS) {
            scoreRows(columns, count, vector, scores, 0, count);
            return scores;
        }
        int chunkRows = (count + CHUNKS - 1) / CHUNKS;
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int chunk = next.getAndIncrement(); chunk < CHUNKS; chunk = next.getAndIncrement()) {
                scoreRows(columns, count, vector, scores, chunk * chunkRows, Math.min(count, (chunk + 1) * chunkRows));
            }
        };
        ForkJoinTask<?> helper = ForkJoinPool.commonPool().submit(work);
        work.run();
        helper.join();
        return scores;
    }

    /**
     * Adds the dot products of rows {@code [from, to)} to {@code scores}. Column by column, the inner
     * loop is an element-wise multiply-add over contiguous floats, which the JIT vectorises; a
     * row-by-row dot product is a reduction it cannot. Four columns go in each pass, so the scores
     * (which stay in the L2 cache) are read and written a quarter as often: over 60,000 movies that
     * is about twice as fast as one column at a time.
     */
    static void scoreRows(float[] columns, int count, float[] vector, float[] scores, int from, int to) {
        int rank = vector.length;
        int k = 0;
        for (; k + 4 <= rank; k += 4) {
            float w0 = vector[k];
            float w1 = vector[k + 1];
            float w2 = vector[k + 2];
            float w3 = vector[k + 3];
            int c0 = k * count;
            int c1 = c0 + count;
            int c2 = c1 + count;
            int c3 = c2 + count;
            for (int row = from; row < to; row++) {
                scores[row] += columns[c0 + row] * w0 + columns[c1 + row] * w1
                        + columns[c2 + row] * w2 + columns[c3 + row] * w3;
            }
        }
        for (; k < rank; k++) {
            float weight = vector[k];
            int column = k * count;
            for (int row = from; row < to; row++) {
                scores[row] += columns[column + row] * weight;
            }
        }
    }

    static void mirrorUpper(double[] matrix, int rank) {
        for (int i = 0; i < rank; i++) {
            for (int j = i + 1; j < rank; j++) {
                matrix[j * rank + i] = matrix[i * rank + j];
            }
        }
    }

    /**
     * Solves {@code a x = b} for a symmetric positive definite {@code a} by Cholesky, in place
     * ({@code a} and {@code b} are overwritten). Returns false when {@code a} is not positive definite.
     */
    static boolean solveSpd(double[] a, double[] b, int n) {
        if (!Cholesky.factor(a, n)) {
            return false;
        }
        Cholesky.forward(a, b, n);
        Cholesky.backward(a, b, n);
        return true;
    }
}
