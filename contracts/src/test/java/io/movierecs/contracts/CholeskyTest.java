package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CholeskyTest {
    @Test
    void aTwoByTwoMatrixFactorsIntoItsLowerTriangularRoot() {
        // [[4, 2], [2, 3]] = L Lᵀ with L = [[2, 0], [1, √2]]
        double[] a = {4, 2, 2, 3};

        assertThat(Cholesky.factor(a, 2)).isTrue();

        assertThat(a[0]).isEqualTo(2.0);
        assertThat(a[2]).isEqualTo(1.0);
        assertThat(a[3]).isCloseTo(Math.sqrt(2), within(1e-12));
    }

    /** [[4, 2], [2, 3]] x = (2, 1) has x = ⅛ [[3, -2], [-2, 4]] (2, 1) = (0.5, 0). */
    @Test
    void forwardThenBackwardSolvesTheSystem() {
        double[] a = {4, 2, 2, 3};
        double[] b = {2, 1};
        Cholesky.factor(a, 2);

        Cholesky.forward(a, b, 2);
        Cholesky.backward(a, b, 2);

        assertThat(b[0]).isCloseTo(0.5, within(1e-12));
        assertThat(b[1]).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsRefused() {
        assertThat(Cholesky.factor(new double[] {1, 2, 2, 1}, 2)).isFalse();
    }
}
