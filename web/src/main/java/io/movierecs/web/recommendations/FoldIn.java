package io.movierecs.web.recommendations;

import io.movierecs.web.serving.LoadedModel;

/**
 * The ALS user step against fixed item factors, as Spark MLlib solves it, so a user the batch has
 * not seen gets a vector from their ratings alone.
 *
 * <p>Explicit: {@code (VᵀV + λ n I) u = Vᵀ r} over the rated items. Implicit (Hu, Koren, Volinsky):
 * {@code (YᵀY + Vᵀ(C − I)V + λ n I) u = Vᵀ C p} with confidence {@code 1 + α r}.
 */
final class FoldIn {
    private static final double JITTER = 1e-6;

    private FoldIn() {
    }

    /**
     * @param rows    the rated movies' rows in the model
     * @param ratings their ratings, same order
     */
    static float[] userVector(LoadedModel model, int[] rows, float[] ratings) {
        int rank = model.rank();
        int n = rows.length;
        double[] a = model.implicit() ? model.gram().clone() : new double[rank * rank];
        double[] b = new double[rank];
        double[] weights = new double[n];
        double[] targets = new double[n];
        int counted = 0;
        for (int i = 0; i < n; i++) {
            double rating = ratings[i];
            if (model.implicit()) {
                weights[i] = model.alpha() * Math.abs(rating);
                targets[i] = rating > 0 ? 1 + weights[i] : 0;
                counted += rating > 0 ? 1 : 0;
            } else {
                weights[i] = 1;
                targets[i] = rating;
                counted++;
            }
        }
        addRatings(model.vectors(), rank, rows, weights, targets, a, b);
        // Only the upper triangle received the rating updates.
        FactorMath.mirrorUpper(a, rank);
        double lambda = model.reg() * counted;
        for (int d = 0; d < rank; d++) {
            a[d * rank + d] += lambda;
        }
        return solve(a, b, rank);
    }

    /**
     * {@code a += Σ w y yᵀ} (upper triangle) and {@code b += Σ t y} over the rated movies' rows y.
     * Four ratings go in each pass over {@code a}, so each element of it is loaded and stored once
     * for four multiply-adds instead of one: a user with thousands of ratings is solved about twice
     * as fast as one rating at a time.
     */
    private static void addRatings(float[] vectors, int rank, int[] rows, double[] weights, double[] targets,
                                   double[] a, double[] b) {
        double[] y0 = new double[rank];
        double[] y1 = new double[rank];
        double[] y2 = new double[rank];
        double[] y3 = new double[rank];
        int i = 0;
        for (; i + 4 <= rows.length; i += 4) {
            widen(vectors, rows[i] * rank, y0);
            widen(vectors, rows[i + 1] * rank, y1);
            widen(vectors, rows[i + 2] * rank, y2);
            widen(vectors, rows[i + 3] * rank, y3);
            double w0 = weights[i];
            double w1 = weights[i + 1];
            double w2 = weights[i + 2];
            double w3 = weights[i + 3];
            for (int p = 0; p < rank; p++) {
                b[p] += targets[i] * y0[p] + targets[i + 1] * y1[p] + targets[i + 2] * y2[p] + targets[i + 3] * y3[p];
                double c0 = w0 * y0[p];
                double c1 = w1 * y1[p];
                double c2 = w2 * y2[p];
                double c3 = w3 * y3[p];
                int row = p * rank;
                for (int q = p; q < rank; q++) {
                    a[row + q] += c0 * y0[q] + c1 * y1[q] + c2 * y2[q] + c3 * y3[q];
                }
            }
        }
        for (; i < rows.length; i++) {
            widen(vectors, rows[i] * rank, y0);
            for (int p = 0; p < rank; p++) {
                b[p] += targets[i] * y0[p];
                double c0 = weights[i] * y0[p];
                int row = p * rank;
                for (int q = p; q < rank; q++) {
                    a[row + q] += c0 * y0[q];
                }
            }
        }
    }

    private static void widen(float[] vectors, int offset, double[] into) {
        for (int k = 0; k < into.length; k++) {
            into[k] = vectors[offset + k];
        }
    }

    private static float[] solve(double[] a, double[] b, int rank) {
        double[] matrix = a.clone();
        double[] rhs = b.clone();
        if (!FactorMath.solveSpd(matrix, rhs, rank)) {
            // A zero regularisation with fewer ratings than the rank leaves the system singular.
            for (int d = 0; d < rank; d++) {
                a[d * rank + d] += JITTER;
            }
            matrix = a;
            rhs = b.clone();
            if (!FactorMath.solveSpd(matrix, rhs, rank)) {
                return new float[rank];
            }
        }
        float[] user = new float[rank];
        for (int k = 0; k < rank; k++) {
            user[k] = (float) rhs[k];
        }
        return user;
    }
}
