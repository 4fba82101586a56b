package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SymmetricInverseTest {

    @Test
    void invertsAThreeByThreeMatrixAsByHand() {
        // [[3,2,1],[2,4,2],[1,2,3]]: determinant 16, cofactors 8, -4, 0, 8, -4, 8.
        double[] matrix = {3, 2, 1, 2, 4, 2, 1, 2, 3};

        double[] inverse = SymmetricInverse.of(matrix, 3);

        assertThat(inverse).containsExactly(new double[] {0.5, -0.25, 0, -0.25, 0.5, -0.25, 0, -0.25, 0.5}, within(1e-12));
    }

    @Test
    void rejectsAMatrixThatIsNotPositiveDefinite() {
        double[] singular = {1, 2, 2, 4};

        assertThatThrownBy(() -> SymmetricInverse.of(singular, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
