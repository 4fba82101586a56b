package io.movierecs.contracts;

/**
 * Cholesky factorisation of the small dense symmetric positive definite systems both sides solve
 * (ALS-style normal equations: the web app's fold-in, the job's Gibbs draws). Matrices are
 * {@code n × n}, row-major; only their lower triangle is read.
 */
public final class Cholesky {
    private Cholesky() {
    }

    /**
     * In place: the lower triangle of {@code a} becomes {@code L} with {@code a = L Lᵀ}.
     *
     * @return false when {@code a} is not positive definite ({@code a} is then partly overwritten)
     */
    public static boolean factor(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            double diagonal = a[j * n + j];
            for (int k = 0; k < j; k++) {
                diagonal -= a[j * n + k] * a[j * n + k];
            }
            if (!(diagonal > 0)) {
                return false;
            }
            double pivot = Math.sqrt(diagonal);
            a[j * n + j] = pivot;
            for (int i = j + 1; i < n; i++) {
                double value = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    value -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = value / pivot;
            }
        }
        return true;
    }

    /** In place, {@code b := L⁻¹ b} for the factor {@link #factor} left in {@code l}. */
    public static void forward(double[] l, double[] b, int n) {
        for (int i = 0; i < n; i++) {
            double value = b[i];
            for (int k = 0; k < i; k++) {
                value -= l[i * n + k] * b[k];
            }
            b[i] = value / l[i * n + i];
        }
    }

    /** In place, {@code b := L⁻ᵀ b}. */
    public static void backward(double[] l, double[] b, int n) {
        for (int i = n - 1; i >= 0; i--) {
            double value = b[i];
            for (int k = i + 1; k < n; k++) {
                value -= l[k * n + i] * b[k];
            }
            b[i] = value / l[i * n + i];
        }
    }
}
