package io.movierecs.web.recommendations;

/** Dense float kernels over rows of a contiguous factor array; no boxing, no allocation per row. */
final class FactorMath {
    private static final int BLOCK = 2048;

    private FactorMath() {
    }

    static float dot(float[] rows, int offsetA, int offsetB, int rank) {
        float sum = 0;
        for (int k = 0; k < rank; k++) {
            sum += rows[offsetA + k] * rows[offsetB + k];
        }
        return sum;
    }

    /**
     * Every row's dot product with {@code vector}, from a column-major copy of the factors
     * ({@code columns[k * count + row]}). Column by column, the inner loop is an element-wise
     * multiply-add over contiguous floats, which the JIT vectorises; a row-by-row dot product is a
     * reduction it cannot. Rows go in blocks whose scores stay in the L1 cache across all columns.
     */
    static float[] scoreAll(float[] columns, int count, float[] vector) {
        float[] scores = new float[count];
        for (int from = 0; from < count; from += BLOCK) {
            int to = Math.min(count, from + BLOCK);
            for (int k = 0, offset = 0; k < vector.length; k++, offset += count) {
                float weight = vector[k];
                for (int row = from; row < to; row++) {
                    scores[row] += columns[offset + row] * weight;
                }
            }
        }
        return scores;
    }

    static float[] transpose(float[] rows, int rank) {
        int count = rows.length / rank;
        float[] columns = new float[rows.length];
        for (int row = 0; row < count; row++) {
            for (int k = 0; k < rank; k++) {
                columns[k * count + row] = rows[row * rank + k];
            }
        }
        return columns;
    }

    /** Copies of the rows scaled to unit length, so a dot product is a cosine; zero rows stay zero. */
    static float[] unitRows(float[] vectors, int rank) {
        float[] unit = new float[vectors.length];
        for (int offset = 0; offset < vectors.length; offset += rank) {
            double norm = 0;
            for (int k = 0; k < rank; k++) {
                norm += (double) vectors[offset + k] * vectors[offset + k];
            }
            if (norm > 0) {
                float scale = (float) (1 / Math.sqrt(norm));
                for (int k = 0; k < rank; k++) {
                    unit[offset + k] = vectors[offset + k] * scale;
                }
            }
        }
        return unit;
    }

    /** YᵀY over all rows, the part of the implicit user step that is the same for every user. */
    static double[] gram(float[] vectors, int rank) {
        double[] gram = new double[rank * rank];
        for (int offset = 0; offset < vectors.length; offset += rank) {
            for (int i = 0; i < rank; i++) {
                double yi = vectors[offset + i];
                for (int j = i; j < rank; j++) {
                    gram[i * rank + j] += yi * vectors[offset + j];
                }
            }
        }
        mirrorUpper(gram, rank);
        return gram;
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
        for (int j = 0; j < n; j++) {
            double diagonal = a[j * n + j];
            for (int k = 0; k < j; k++) {
                diagonal -= a[j * n + k] * a[j * n + k];
            }
            if (!(diagonal > 0)) {
                return false;
            }
            double l = Math.sqrt(diagonal);
            a[j * n + j] = l;
            for (int i = j + 1; i < n; i++) {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = sum / l;
            }
        }
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= a[i * n + k] * b[k];
            }
            b[i] = sum / a[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double sum = b[i];
            for (int k = i + 1; k < n; k++) {
                sum -= a[k * n + i] * b[k];
            }
            b[i] = sum / a[i * n + i];
        }
        return true;
    }
}
