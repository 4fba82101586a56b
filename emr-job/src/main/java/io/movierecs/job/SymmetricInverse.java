package io.movierecs.job;

import io.movierecs.contracts.Cholesky;

/**
 * The inverse of a symmetric positive definite matrix through its Cholesky factorisation
 * A = L L^T ({@link Cholesky}, shared with the web's fold-in and the Gibbs draws): with W = L^-1,
 * A^-1 = W^T W. Every inner loop runs along a row of a row-major array, so the processor streams
 * memory (and can vectorise the updates).
 */
final class SymmetricInverse {
    private SymmetricInverse() {
    }

    /**
     * @param a row-major {@code n x n}, symmetric positive definite; overwritten
     * @return A^-1, row-major
     * @throws IllegalArgumentException if {@code a} is not positive definite
     */
    static double[] of(double[] a, int n) {
        if (!Cholesky.factor(a, n)) {
            throw new IllegalArgumentException("matrix is not positive definite");
        }
        double[] w = lowerInverse(a, n);
        // a is free again: it receives W^T W, one rank-1 update per row of W, lower triangle first.
        java.util.Arrays.fill(a, 0);
        for (int k = 0; k < n; k++) {
            int rowK = k * n;
            for (int i = 0; i <= k; i++) {
                double scale = w[rowK + i];
                if (scale == 0) {
                    continue;
                }
                int rowI = i * n;
                for (int j = 0; j <= i; j++) {
                    a[rowI + j] += scale * w[rowK + j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[j * n + i] = a[i * n + j];
            }
        }
        return a;
    }

    /** W = L^-1 for the factor L in the lower triangle of {@code l}, row by row: W[i] = (e_i - sum over k < i of L[i][k] W[k]) / L[i][i]. */
    private static double[] lowerInverse(double[] l, int n) {
        double[] w = new double[n * n];
        for (int i = 0; i < n; i++) {
            int rowI = i * n;
            for (int k = 0; k < i; k++) {
                double scale = l[rowI + k];
                if (scale == 0) {
                    continue;
                }
                int rowK = k * n;
                for (int j = 0; j <= k; j++) {
                    w[rowI + j] -= scale * w[rowK + j];
                }
            }
            double diagonal = l[rowI + i];
            w[rowI + i] = 1;
            for (int j = 0; j <= i; j++) {
                w[rowI + j] /= diagonal;
            }
        }
        return w;
    }
}
