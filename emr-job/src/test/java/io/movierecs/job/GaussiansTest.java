package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussiansTest {
    /** Precision [[4, 2], [2, 3]] has covariance ⅛ [[3, -2], [-2, 4]]; with h = (2, 1) the mean is ⅛ (4, 0). */
    @Test
    void drawsHaveTheMeanAndCovarianceTheInformationFormGives() {
        SplittableRandom random = new SplittableRandom(1);
        int draws = 40_000;
        double[] sum = new double[2];
        double[] squares = new double[3];
        for (int i = 0; i < draws; i++) {
            double[] x = Gaussians.draw(new double[] {4, 2, 2, 3}, new double[] {2, 1}, 2, random);
            sum[0] += x[0];
            sum[1] += x[1];
            squares[0] += (x[0] - 0.5) * (x[0] - 0.5);
            squares[1] += (x[0] - 0.5) * x[1];
            squares[2] += x[1] * x[1];
        }

        assertThat(sum[0] / draws).isCloseTo(0.5, within(0.01));
        assertThat(sum[1] / draws).isCloseTo(0.0, within(0.01));
        assertThat(squares[0] / draws).isCloseTo(3.0 / 8, within(0.01));
        assertThat(squares[1] / draws).isCloseTo(-2.0 / 8, within(0.01));
        assertThat(squares[2] / draws).isCloseTo(4.0 / 8, within(0.01));
    }

    @Test
    void gammaDrawsAverageTheirShape() {
        SplittableRandom random = new SplittableRandom(2);
        double sum = 0;
        for (int i = 0; i < 40_000; i++) {
            sum += Gaussians.gamma(3, random);
        }

        assertThat(sum / 40_000).isCloseTo(3.0, within(0.05));
    }
}
