package io.movierecs.job;

import io.movierecs.contracts.Cholesky;
import java.util.SplittableRandom;

/** Draws for {@link GibbsFactorization}: a multivariate Gaussian given in information form, and a Gamma. */
final class Gaussians {
    private Gaussians() {
    }

    /**
     * A draw from the Gaussian with precision {@code P} and mean {@code P⁻¹ h}. With the Cholesky
     * factor {@code P = L Lᵀ}: the mean is {@code L⁻ᵀ L⁻¹ h}, and {@code L⁻ᵀ z} for standard normal
     * {@code z} has covariance {@code P⁻¹}, so one back-substitution of {@code L⁻¹ h + z} gives both.
     *
     * @param precision {@code n × n}, row-major; only the lower triangle is read, and it is overwritten by {@code L}
     */
    static double[] draw(double[] precision, double[] h, int n, SplittableRandom random) {
        // A prior precision above 0 on every dimension keeps P positive definite.
        if (!Cholesky.factor(precision, n)) {
            throw new IllegalStateException("posterior precision is not positive definite");
        }
        double[] y = h.clone();
        Cholesky.forward(precision, y, n);
        for (int i = 0; i < n; i++) {
            y[i] += random.nextGaussian();
        }
        Cholesky.backward(precision, y, n);
        return y;
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
