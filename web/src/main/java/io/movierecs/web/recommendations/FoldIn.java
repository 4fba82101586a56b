package io.movierecs.web.recommendations;

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
        float[] vectors = model.vectors();
        double[] a = model.implicit() ? model.gram().clone() : new double[rank * rank];
        double[] b = new double[rank];
        int counted = 0;
        for (int i = 0; i < rows.length; i++) {
            int offset = rows[i] * rank;
            double rating = ratings[i];
            double weight;
            double target;
            if (model.implicit()) {
                weight = model.alpha() * Math.abs(rating);
                target = rating > 0 ? 1 + weight : 0;
                if (rating > 0) {
                    counted++;
                }
            } else {
                weight = 1;
                target = rating;
                counted++;
            }
            for (int p = 0; p < rank; p++) {
                double yp = vectors[offset + p];
                b[p] += target * yp;
                double wyp = weight * yp;
                for (int q = p; q < rank; q++) {
                    a[p * rank + q] += wyp * vectors[offset + q];
                }
            }
        }
        // Only the upper triangle received the rating updates.
        FactorMath.mirrorUpper(a, rank);
        double lambda = model.reg() * counted;
        for (int d = 0; d < rank; d++) {
            a[d * rank + d] += lambda;
        }
        return solve(a, b, rank);
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
