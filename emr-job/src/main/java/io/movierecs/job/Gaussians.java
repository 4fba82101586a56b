package io.movierecs.job;

import java.util.SplittableRandom;

/** Draws for {@link GibbsFactorization}: a multivariate Gaussian given in information form, and a Gamma. */
final class Gaussians {
    private Gaussians() {
    }

    /**
     * A draw from the Gaussian with precision {@code P} and mean {@code P⁻¹ h}. With the Cholesky
     * factor {@code P = L Lᵀ}: the mean solves {@code Lᵀ m = L⁻¹ h}, and {@code L⁻ᵀ z} for standard
     * normal {@code z} has covariance {@code P⁻¹}, so one back-substitution of {@code L⁻¹ h + z} gives both.
     *
     * @param precision {@code n × n}, row-major; only the lower triangle is read, and it is overwritten by {@code L}
     */
    static double[] draw(double[] precision, double[] h, int n, SplittableRandom random) {
        cholesky(precision, n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double value = h[i];
            for (int k = 0; k < i; k++) {
                value -= precision[i * n + k] * y[k];
            }
            y[i] = value / precision[i * n + i];
        }
        for (int i = 0; i < n; i++) {
            y[i] += random.nextGaussian();
        }
        for (int i = n - 1; i >= 0; i--) {
            double value = y[i];
            for (int k = i + 1; k < n; k++) {
                value -= precision[k * n + i] * y[k];
            }
            y[i] = value / precision[i * n + i];
        }
        return y;
    }

    /** In place, lower triangle: {@code a = L Lᵀ}. A pivot lost to rounding is floored, never NaN. */
    static void cholesky(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            double diagonal = a[j * n + j];
            for (int k = 0; k < j; k++) {
                diagonal -= a[j * n + k] * a[j * n + k];
            }
            double pivot = Math.sqrt(Math.max(diagonal, 1e-12));
            a[j * n + j] = pivot;
            for (int i = j + 1; i < n; i++) {
                double value = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    value -= a[i * n + k] * a[j * n + k];
                }
                a[i * n + j] = value / pivot;
            }
        }
    }

    /** Gamma with the given shape (at least 1) and rate 1, by Marsaglia and Tsang's squeeze. */
    static double gamma(double shape, SplittableRandom random) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
