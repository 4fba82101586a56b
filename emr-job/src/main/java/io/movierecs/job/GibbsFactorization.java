package io.movierecs.job;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Bayesian matrix factorisation with user and movie biases, sampled by Gibbs (Salakhutdinov and
 * Mnih's BPMF, with libFM's per-dimension Normal-Gamma hyperpriors in place of a Wishart): a rating
 * is {@code mean + bu + bi + u.v} plus Gaussian noise. Given the movies, each user's {@code (bu, u)}
 * has a Gaussian conditional, the same normal equations as an ALS user step with the prior in
 * place of the ridge, and is drawn from it; then each movie given the users, then the priors' means
 * and precisions and the noise precision. After burn-in the draws are averaged: the average over
 * the posterior is what keeps a rarely rated user or movie from being overfitted.
 *
 * <p>Each entity's draw uses its own generator seeded by (seed, sweep, entity), so the result does
 * not depend on how many threads drew.
 */
final class GibbsFactorization {
    /** The hyperpriors' shape, rate and pseudo-count (libFM's defaults), weak next to any real data. */
    private static final double PRIOR_SHAPE = 1;
    private static final double PRIOR_RATE = 1;
    private static final double PRIOR_COUNT = 1;
    private static final double INITIAL_SCALE = 0.1;

    private final int rank;
    private final int width;
    private final Ratings byUser;
    private final Ratings byMovie;
    private final double mean;
    private final long seed;
    private final double[] users;
    private final double[] movies;
    private final double[] userPriorMean;
    private final double[] userPriorPrecision;
    private final double[] moviePriorMean;
    private final double[] moviePriorPrecision;
    private double noisePrecision = 1;

    /**
     * @param users   dense user indices {@code 0..userCount-1}, one per rating
     * @param movies  dense movie indices {@code 0..movieCount-1}, same order
     */
    GibbsFactorization(int[] users, int[] movies, float[] ratings, int userCount, int movieCount, int rank, long seed) {
        this.rank = rank;
        this.width = rank + 1;
        this.byUser = Ratings.group(users, movies, ratings, userCount);
        this.byMovie = Ratings.group(movies, users, ratings, movieCount);
        double sum = 0;
        for (float rating : ratings) {
            sum += rating;
        }
        this.mean = ratings.length == 0 ? 0 : sum / ratings.length;
        this.seed = seed;
        this.users = initial(userCount, 1);
        this.movies = initial(movieCount, 2);
        this.userPriorMean = new double[width];
        this.userPriorPrecision = filled(width, 1);
        this.moviePriorMean = new double[width];
        this.moviePriorPrecision = filled(width, 1);
    }

    double mean() {
        return mean;
    }

    /** One sweep: users given movies, movies given users, then the hyperparameters. */
    void sweep(int sweep) {
        drawSide(byUser, users, movies, userPriorMean, userPriorPrecision, sweep, 0);
        drawPrior(users, byUser.count(), userPriorMean, userPriorPrecision, random(sweep, 2, 0));
        drawSide(byMovie, movies, users, moviePriorMean, moviePriorPrecision, sweep, 1);
        drawPrior(movies, byMovie.count(), moviePriorMean, moviePriorPrecision, random(sweep, 3, 0));
        drawNoise(random(sweep, 4, 0));
    }

    /** The current draw's {@code (bias, factors)} per user, {@link #width()} values each. */
    double[] users() {
        return users;
    }

    double[] movies() {
        return movies;
    }

    int width() {
        return width;
    }

    /** The current draw's prediction for one user and movie. */
    double predict(int user, int movie) {
        int u = user * width;
        int m = movie * width;
        double value = mean + users[u] + movies[m];
        for (int k = 1; k < width; k++) {
            value += users[u + k] * movies[m + k];
        }
        return value;
    }

    private void drawSide(Ratings side, double[] own, double[] other, double[] priorMean, double[] priorPrecision,
                          int sweep, int sideTag) {
        IntStream.range(0, side.count()).parallel().forEach(id -> {
            double[] precision = new double[width * width];
            double[] shift = new double[width];
            double[] x = new double[width];
            for (int d = 0; d < width; d++) {
                precision[d * width + d] = priorPrecision[d];
                shift[d] = priorPrecision[d] * priorMean[d];
            }
            for (int r = side.start(id); r < side.start(id + 1); r++) {
                int o = side.other(r) * width;
                // The other side's bias is a known offset; this side's bias multiplies a constant 1.
                double target = side.rating(r) - mean - other[o];
                x[0] = 1;
                for (int k = 1; k < width; k++) {
                    x[k] = other[o + k];
                }
                for (int p = 0; p < width; p++) {
                    double xp = noisePrecision * x[p];
                    shift[p] += xp * target;
                    for (int q = 0; q <= p; q++) {
                        precision[p * width + q] += xp * x[q];
                    }
                }
            }
            SplittableRandom random = random(sweep, sideTag, id);
            double[] draw = Gaussians.draw(precision, shift, width, random);
            System.arraycopy(draw, 0, own, id * width, width);
        });
    }

    /** Each dimension's prior mean and precision given every entity's value in it (Normal-Gamma). */
    private void drawPrior(double[] values, int count, double[] priorMean, double[] priorPrecision,
                           SplittableRandom random) {
        for (int d = 0; d < width; d++) {
            double sum = 0;
            for (int id = 0; id < count; id++) {
                sum += values[id * width + d];
            }
            double squares = 0;
            for (int id = 0; id < count; id++) {
                double off = values[id * width + d] - priorMean[d];
                squares += off * off;
            }
            double shape = PRIOR_SHAPE + (count + 1) / 2.0;
            double rate = PRIOR_RATE + (squares + PRIOR_COUNT * priorMean[d] * priorMean[d]) / 2;
            priorPrecision[d] = Gaussians.gamma(shape, random) / rate;
            double pseudo = count + PRIOR_COUNT;
            priorMean[d] = sum / pseudo + random.nextGaussian() / Math.sqrt(pseudo * priorPrecision[d]);
        }
    }

    private void drawNoise(SplittableRandom random) {
        double squares = 0;
        for (int user = 0; user < byUser.count(); user++) {
            for (int r = byUser.start(user); r < byUser.start(user + 1); r++) {
                double error = byUser.rating(r) - predict(user, byUser.other(r));
                squares += error * error;
            }
        }
        double shape = PRIOR_SHAPE + byUser.size() / 2.0;
        noisePrecision = Gaussians.gamma(shape, random) / (PRIOR_RATE + squares / 2);
    }

    private SplittableRandom random(int sweep, int tag, int id) {
        long mixed = seed * 0x9E3779B97F4A7C15L + sweep * 0xBF58476D1CE4E5B9L + tag * 0x94D049BB133111EBL + id;
        return new SplittableRandom(mixed);
    }

    private double[] initial(int count, int tag) {
        SplittableRandom random = random(-1, tag, 0);
        double[] values = new double[count * width];
        for (int id = 0; id < count; id++) {
            for (int k = 1; k < width; k++) {
                values[id * width + k] = INITIAL_SCALE * random.nextGaussian();
            }
        }
        return values;
    }

    private static double[] filled(int length, double value) {
        double[] values = new double[length];
        Arrays.fill(values, value);
        return values;
    }

    /** Ratings grouped by one side's index (compressed rows): the other side's index and the rating. */
    record Ratings(int[] starts, int[] others, float[] values) {
        static Ratings group(int[] keys, int[] others, float[] ratings, int keyCount) {
            int[] starts = new int[keyCount + 1];
            for (int key : keys) {
                starts[key + 1]++;
            }
            for (int key = 0; key < keyCount; key++) {
                starts[key + 1] += starts[key];
            }
            int[] next = starts.clone();
            int[] groupedOthers = new int[keys.length];
            float[] groupedValues = new float[keys.length];
            for (int i = 0; i < keys.length; i++) {
                int slot = next[keys[i]]++;
                groupedOthers[slot] = others[i];
                groupedValues[slot] = ratings[i];
            }
            return new Ratings(starts, groupedOthers, groupedValues);
        }

        int count() {
            return starts.length - 1;
        }

        int size() {
            return others.length;
        }

        int start(int key) {
            return starts[key];
        }

        int other(int slot) {
            return others[slot];
        }

        float rating(int slot) {
            return values[slot];
        }
    }
}
