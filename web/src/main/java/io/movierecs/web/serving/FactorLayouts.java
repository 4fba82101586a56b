package io.movierecs.web.serving;

/** The copies of a model's item factors that serving computes once at load, not on every request. */
final class FactorLayouts {

    private FactorLayouts() {
    }

    /** Column-major copy of row-major factors: {@code columns[k * count + row]}. */
    static float[] transpose(float[] rows, int rank) {
        int count = rows.length / rank;
        float[] columns = new float[rows.length];
        for (int row = 0; row < count; row++) {
            for (int k = 0; k < rank; k++) {
                columns[k * count + row] = rows[row * rank + k];
            }
        }
        return columns;
    }

    /** Copies of the rows scaled to unit length, so a dot product is a cosine; zero rows stay zero. */
    static float[] unitRows(float[] vectors, int rank) {
        float[] unit = new float[vectors.length];
        for (int offset = 0; offset < vectors.length; offset += rank) {
            double norm = 0;
            for (int k = 0; k < rank; k++) {
                norm += (double) vectors[offset + k] * vectors[offset + k];
            }
            if (norm > 0) {
                float scale = (float) (1 / Math.sqrt(norm));
                for (int k = 0; k < rank; k++) {
                    unit[offset + k] = vectors[offset + k] * scale;
                }
            }
        }
        return unit;
    }

    /** YᵀY over all rows, the part of the implicit user step that is the same for every user. */
    static double[] gram(float[] vectors, int rank) {
        double[] gram = new double[rank * rank];
        for (int offset = 0; offset < vectors.length; offset += rank) {
            for (int i = 0; i < rank; i++) {
                double yi = vectors[offset + i];
                for (int j = i; j < rank; j++) {
                    gram[i * rank + j] += yi * vectors[offset + j];
                }
            }
        }
        for (int i = 0; i < rank; i++) {
            for (int j = i + 1; j < rank; j++) {
                gram[j * rank + i] = gram[i * rank + j];
            }
        }
        return gram;
    }
}
