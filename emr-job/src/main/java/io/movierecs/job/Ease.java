package io.movierecs.job;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * EASE (Steck, "Embarrassingly Shallow Autoencoders", 2019): the item-item weights B that best
 * rebuild who rated what from the other movies, in closed form. X holds each rating's
 * {@link #weight} (0 where a user did not rate a movie); with G = X^T X and P = (G + lambda I)^-1,
 * B[i][j] = -P[i][j] / P[j][j] and B[j][j] = 0; a user's score for movie j is the sum of
 * weight(rating) x B[i][j] over the movies i they rated.
 * The inverse is computed on the driver from a Cholesky factorisation, in memory and time growing
 * with the square and the cube of the catalogue, hence {@link #MAX_MOVIES}.
 */
final class Ease implements ItemItemModel {
    /**
     * About 20 bytes a pair of movies at the peak (two double matrices and the float weights): 180 MB
     * and some 10 s of one core at 3,000 movies. ml-100k (1,682) fits; ml-latest-small (9,724) and
     * larger go to {@link ItemNeighbours} or ALS alone.
     */
    static final int MAX_MOVIES = 3_000;
    /** The ridge on X^T X; see the README for the ml-100k figures that chose it. */
    static final double LAMBDA = 300;
    /** EASE's share of the blend when not tuned (see the README). */
    static final double SHARE = 0.5;
    private static final Ease NONE = new Ease(new int[0], new float[0]);

    private final int[] movieIds;
    private final float[] weights;

    /** @param weights row-major {@code movieIds.length} squared: row i holds what rating movie i adds to each movie */
    private Ease(int[] movieIds, float[] weights) {
        this.movieIds = movieIds;
        this.weights = weights;
    }

    static Ease none() {
        return NONE;
    }

    /**
     * How much a rating counts, in X and in a user's score: (1 + rating) / 6, so a 5 counts 1 and a 1
     * a third. A movie rated at all says most (every held-out rating is one the user chose to give),
     * how it was rated a little: on ml-100k this beat 0/1 counts (see the README).
     */
    static float weight(float rating) {
        return (1 + rating) / 6f;
    }

    /**
     * From rated pairs: {@code users[i]} rated {@code movies[i]} {@code ratings[i]} (each pair once);
     * none above {@link #MAX_MOVIES}.
     */
    static Ease of(int[] users, int[] movies, float[] ratings, double lambda) {
        int[] movieIds = Arrays.stream(movies).distinct().sorted().toArray();
        if (movieIds.length > MAX_MOVIES || movieIds.length == 0) {
            return NONE;
        }
        int n = movieIds.length;
        double[] gram = gram(users, movies, ratings, movieIds);
        for (int i = 0; i < n; i++) {
            gram[i * n + i] += lambda;
        }
        double[] inverse = SymmetricInverse.of(gram, n);
        float[] weights = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                weights[i * n + j] = i == j ? 0f : (float) (-inverse[i * n + j] / inverse[j * n + j]);
            }
        }
        return new Ease(movieIds, weights);
    }

    /** X^T X: for each pair of movies, the sum over users who rated both of the product of their weights. */
    private static double[] gram(int[] users, int[] movies, float[] ratings, int[] movieIds) {
        int n = movieIds.length;
        int[] userIds = Arrays.stream(users).distinct().sorted().toArray();
        int[] pairIds = IntStream.range(0, users.length).toArray();
        double[] gram = new double[n * n];
        for (int[] pairs : ItemNeighbours.group(users, userIds, pairIds, pairIds)) {
            int[] rows = new int[pairs.length];
            double[] x = new double[pairs.length];
            for (int p = 0; p < pairs.length; p++) {
                rows[p] = Arrays.binarySearch(movieIds, movies[pairs[p]]);
                x[p] = weight(ratings[pairs[p]]);
            }
            for (int a = 0; a < rows.length; a++) {
                for (int b = 0; b < rows.length; b++) {
                    gram[rows[a] * n + rows[b]] += x[a] * x[b];
                }
            }
        }
        return gram;
    }

    @Override
    public double share() {
        return SHARE;
    }

    /**
     * No: EASE already links the movies a user's ratings point to, genres included; lifting its part
     * as well cost ml-100k NDCG@10 (see the README).
     */
    @Override
    public boolean liftedByGenres() {
        return false;
    }

    @Override
    public List<Double> shares() {
        return List.of(0.0, 0.3, SHARE, 0.7);
    }

    @Override
    public boolean isEmpty() {
        return movieIds.length == 0;
    }

    @Override
    public void score(int[] seen, float[] seenRatings, int[] rowIds, float[] scores) {
        int n = movieIds.length;
        int[] rows = new int[n];
        for (int j = 0; j < n; j++) {
            rows[j] = Arrays.binarySearch(rowIds, movieIds[j]);
        }
        for (int s = 0; s < seen.length; s++) {
            int i = Arrays.binarySearch(movieIds, seen[s]);
            if (i < 0) {
                continue;
            }
            float x = weight(seenRatings[s]);
            for (int j = 0, offset = i * n; j < n; j++) {
                if (rows[j] >= 0) {
                    scores[rows[j]] += x * weights[offset + j];
                }
            }
        }
    }
}
