package io.movierecs.web.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactorMathTest {
    /**
     * The column-major kernel takes columns four at a time (ranks that are not a multiple of four
     * keep a remainder) and splits a large catalogue in chunks (a count that does not divide evenly leaves fewer rows
     * in the last chunk).
     */
    @ParameterizedTest
    @CsvSource({"1, 1001", "3, 1001", "4, 1001", "7, 1001", "64, 1001", "7, 20001", "64, 60000"})
    void scoringEveryMovieByColumnsGivesEachRowsDotProduct(int rank, int count) {
        Random random = new Random(rank);
        float[] rows = new float[count * rank];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (float) random.nextGaussian();
        }
        float[] query = new float[rank];
        for (int k = 0; k < rank; k++) {
            query[k] = (float) random.nextGaussian();
        }

        float[] scores = FactorMath.scoreAll(columns(rows, rank, count), count, query);

        for (int row = 0; row < count; row++) {
            double expected = 0;
            for (int k = 0; k < rank; k++) {
                expected += (double) rows[row * rank + k] * query[k];
            }
            assertThat(scores[row]).as("row %d", row).isCloseTo((float) expected, offset(1e-3f));
        }
    }

    private static float[] columns(float[] rows, int rank, int count) {
        float[] columns = new float[rows.length];
        for (int row = 0; row < count; row++) {
            for (int k = 0; k < rank; k++) {
                columns[k * count + row] = rows[row * rank + k];
            }
        }
        return columns;
    }
}
