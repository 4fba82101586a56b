package io.movierecs.web.serving;

import io.movierecs.contracts.GenreAffinity;
import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.PopularMovie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run's model held in memory: item factors as one contiguous {@code float[]} (row-major to
 * gather a user's movies, column-major to score all movies), unit-length copies for cosine similarity, YᵀY for the implicit user step, and the popular list. Immutable, so
 * it is swapped as a whole when another run serves.
 */
public final class LoadedModel {
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
    private final Genres genres;
    /** The distinct genre masks among the rows, and each row's index into them. */
    private final int[] distinctMasks;
    private final int[] maskIndex;

    /**
     * The job's genre step ({@link GenreAffinity}) for this model.
     *
     * @param masks each row's genres as a mask over {@code affinity}'s genres
     */
    public record Genres(GenreAffinity affinity, int[] masks, double weight) {
        public static final Genres NONE = new Genres(GenreAffinity.none(), new int[0], 0);
    }

    private LoadedModel(String runId, Manifest.Parameters parameters, ItemFactors factors, List<PopularMovie> popular,
                        Genres genres) {
        this.runId = runId;
        this.parameters = parameters;
        this.rank = factors.rank();
        this.movieIds = new int[factors.size()];
        for (int row = 0; row < movieIds.length; row++) {
            movieIds[row] = factors.movieId(row);
        }
        this.vectors = factors.vectors();
        this.columns = FactorLayouts.transpose(vectors, rank);
        this.unitVectors = FactorLayouts.unitRows(vectors, rank);
        this.unitColumns = FactorLayouts.transpose(unitVectors, rank);
        this.gram = factors.implicit() ? FactorLayouts.gram(vectors, rank) : null;
        this.rows = new FactorIndex(movieIds);
        this.popular = List.copyOf(popular);
        this.genres = genres;
        Map<Integer, Integer> indexOfMask = new LinkedHashMap<>();
        this.maskIndex = new int[genres.masks().length];
        for (int row = 0; row < maskIndex.length; row++) {
            maskIndex[row] = indexOfMask.computeIfAbsent(genres.masks()[row], mask -> indexOfMask.size());
        }
        this.distinctMasks = indexOfMask.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    public static LoadedModel of(Manifest manifest, ItemFactors factors, List<PopularMovie> popular) {
        return of(manifest, factors, popular, Genres.NONE);
    }

    public static LoadedModel of(Manifest manifest, ItemFactors factors, List<PopularMovie> popular, Genres genres) {
        if (manifest.parameters().implicit() != factors.implicit() || manifest.parameters().rank() != factors.rank()) {
            throw new IllegalArgumentException("manifest of run " + manifest.runId() + " says rank "
                    + manifest.parameters().rank() + (manifest.parameters().implicit() ? " implicit" : " explicit")
                    + " but the item factors are rank " + factors.rank() + (factors.implicit() ? " implicit" : " explicit"));
        }
        if (genres.weight() > 0 && genres.masks().length != factors.size()) {
            throw new IllegalArgumentException(genres.masks().length + " genre masks for " + factors.size() + " movies");
        }
        return new LoadedModel(manifest.runId(), manifest.parameters(), factors, popular, genres);
    }

    public String version() {
        return runId;
    }

    public boolean implicit() {
        return gram != null;
    }

    public double reg() {
        return parameters.reg();
    }

    public double alpha() {
        return parameters.alpha();
    }

    public int rank() {
        return rank;
    }

    public int size() {
        return movieIds.length;
    }

    public int movieId(int row) {
        return movieIds[row];
    }

    public int rowOf(int movieId) {
        return rows.rowOf(movieId);
    }

    /** Row {@code i} starts at {@code i * rank()}; shared, never modified. */
    public float[] vectors() {
        return vectors;
    }

    public float[] unitVectors() {
        return unitVectors;
    }

    /** Column-major copies for scoring every movie at once: {@code columns()[k * size() + row]}. */
    public float[] columns() {
        return columns;
    }

    public float[] unitColumns() {
        return unitColumns;
    }

    /** YᵀY (row-major, rank × rank) for implicit models; shared, copy before changing. */
    public double[] gram() {
        return gram;
    }

    public List<PopularMovie> popular() {
        return popular;
    }

    public Genres genres() {
        return genres;
    }

    /**
     * The job's genre step on a user's scores, in place: each positive score is lifted by the
     * user's liking for the movie's genres, as the batch lists were. Nothing when the run had none.
     *
     * @param ratedRows the user's rated movies' rows; {@code ratings} the ratings, same order
     */
    public void liftGenres(float[] scores, int[] ratedRows, float[] ratings) {
        if (genres.weight() <= 0) {
            return;
        }
        int[] rated = new int[ratedRows.length];
        for (int i = 0; i < rated.length; i++) {
            rated[i] = genres.masks()[ratedRows[i]];
        }
        double[] lifts = genres.affinity().lifts(rated, ratings);
        // A catalogue has a few hundred genre combinations: one factor each, then one multiply a movie.
        float[] factors = new float[distinctMasks.length];
        for (int i = 0; i < factors.length; i++) {
            factors[i] = GenreAffinity.boost(1f, distinctMasks[i], lifts, genres.weight());
        }
        // Every factor is at least 1, so the larger of s and s × factor lifts exactly the positive
        // scores, without a branch the processor would mispredict on every other movie.
        for (int row = 0; row < scores.length; row++) {
            scores[row] = Math.max(scores[row], scores[row] * factors[maskIndex[row]]);
        }
    }
}
