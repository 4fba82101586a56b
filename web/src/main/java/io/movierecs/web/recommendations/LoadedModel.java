package io.movierecs.web.recommendations;

import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.PopularMovie;
import java.util.List;

/**
 * One activated model held in memory: item factors as one contiguous {@code float[]} (row-major to
 * gather a user's movies, column-major to score all movies), unit-length copies for cosine similarity, YᵀY for the implicit user step, and the popular list. Immutable, so
 * it is swapped as a whole when another model is activated.
 */
final class LoadedModel {
    private final String runId;
    private final Manifest.Parameters parameters;
    private final int rank;
    private final int[] movieIds;
    private final float[] vectors;
    private final float[] columns;
    private final float[] unitVectors;
    private final float[] unitColumns;
    private final double[] gram;
    private final FactorIndex rows;
    private final List<PopularMovie> popular;

    private LoadedModel(String runId, Manifest.Parameters parameters, ItemFactors factors, List<PopularMovie> popular) {
        this.runId = runId;
        this.parameters = parameters;
        this.rank = factors.rank();
        this.movieIds = new int[factors.size()];
        for (int row = 0; row < movieIds.length; row++) {
            movieIds[row] = factors.movieId(row);
        }
        this.vectors = factors.vectors();
        this.columns = FactorMath.transpose(vectors, rank);
        this.unitVectors = FactorMath.unitRows(vectors, rank);
        this.unitColumns = FactorMath.transpose(unitVectors, rank);
        this.gram = factors.implicit() ? FactorMath.gram(vectors, rank) : null;
        this.rows = new FactorIndex(movieIds);
        this.popular = List.copyOf(popular);
    }

    static LoadedModel of(Manifest manifest, ItemFactors factors, List<PopularMovie> popular) {
        if (manifest.parameters().implicit() != factors.implicit() || manifest.parameters().rank() != factors.rank()) {
            throw new IllegalArgumentException("manifest of run " + manifest.runId() + " says rank "
                    + manifest.parameters().rank() + (manifest.parameters().implicit() ? " implicit" : " explicit")
                    + " but the item factors are rank " + factors.rank() + (factors.implicit() ? " implicit" : " explicit"));
        }
        return new LoadedModel(manifest.runId(), manifest.parameters(), factors, popular);
    }

    String version() {
        return runId;
    }

    boolean implicit() {
        return gram != null;
    }

    double reg() {
        return parameters.reg();
    }

    double alpha() {
        return parameters.alpha();
    }

    int rank() {
        return rank;
    }

    int size() {
        return movieIds.length;
    }

    int movieId(int row) {
        return movieIds[row];
    }

    int rowOf(int movieId) {
        return rows.rowOf(movieId);
    }

    /** Row {@code i} starts at {@code i * rank()}; shared, never modified. */
    float[] vectors() {
        return vectors;
    }

    float[] unitVectors() {
        return unitVectors;
    }

    /** Column-major copies for scoring every movie at once: {@code columns()[k * size() + row]}. */
    float[] columns() {
        return columns;
    }

    float[] unitColumns() {
        return unitColumns;
    }

    /** YᵀY (row-major, rank × rank) for implicit models; shared, copy before changing. */
    double[] gram() {
        return gram;
    }

    List<PopularMovie> popular() {
        return popular;
    }
}
