package io.movierecs.job;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What a list is like beyond hitting held-out ratings: how unexpected its movies are (novelty) and
 * how unlike each other (intra-list diversity by genres). A model that wins NDCG by recommending the
 * same blockbusters to everyone scores low on both. Values are per list; the caller averages them.
 */
final class BeyondAccuracy implements Serializable {
    private final int[] movieIds;
    private final double[] selfInformation;
    private final MovieGenres genres;

    /**
     * @param movieIds   the training movies, ascending
     * @param raters     how many training users rated each, same order
     * @param users      how many users the training part has
     */
    BeyondAccuracy(int[] movieIds, long[] raters, long users, MovieGenres genres) {
        this.movieIds = movieIds;
        this.selfInformation = new double[movieIds.length];
        for (int i = 0; i < movieIds.length; i++) {
            selfInformation[i] = -log2((double) raters[i] / users);
        }
        this.genres = genres;
    }

    /**
     * Mean self-information of the list's movies in bits: {@code -log2} of the share of training
     * users who rated each. A movie everyone rated adds 0, one rated by one user in 1,024 adds 10.
     * NaN for an empty list; a movie unknown to training is left out.
     */
    double novelty(int[] list) {
        double sum = 0;
        int known = 0;
        for (int movieId : list) {
            int row = Arrays.binarySearch(movieIds, movieId);
            if (row >= 0) {
                sum += selfInformation[row];
                known++;
            }
        }
        return known == 0 ? Double.NaN : sum / known;
    }

    /**
     * {@code 1 - mean Jaccard similarity of the genre sets} over all pairs of the list's movies that
     * have genres. NaN when fewer than two movies have genres, or the catalogue has none.
     */
    double intraListDiversity(int[] list) {
        int[] masks = Arrays.stream(list).map(genres::mask).filter(mask -> mask != 0).toArray();
        if (masks.length < 2) {
            return Double.NaN;
        }
        double similarity = 0;
        int pairs = 0;
        for (int a = 0; a < masks.length; a++) {
            for (int b = a + 1; b < masks.length; b++) {
                similarity += jaccard(masks[a], masks[b]);
                pairs++;
            }
        }
        return 1 - similarity / pairs;
    }

    boolean knowsGenres() {
        return genres.known();
    }

    /** Shared genres over genres of either, for two non-empty genre bit masks. */
    static double jaccard(int a, int b) {
        return (double) Integer.bitCount(a & b) / Integer.bitCount(a | b);
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
