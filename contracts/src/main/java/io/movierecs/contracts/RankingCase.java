package io.movierecs.contracts;

/**
 * The top-N rule both runtimes follow, as a worked example: one user's scores over a fixed set of
 * item factors and the order they must come in, best score first, a tie to the lower movie id,
 * rated movies left out. The web app (fold-in, tuned for latency) and the job (batch lists) rank
 * with code of their own, and each module's tests check it against this case. Every factor is a
 * small multiple of a half, so each dot product is exact in floats whatever order either side adds
 * in, and the ties are true ties. (In main rather than a test jar so that a build of one module's
 * classpath without its tests, such as the job's run-local, needs nothing extra.)
 */
public final class RankingCase {
    public static final int RANK = 3;
    /** Ascending, as the job writes item factors. */
    public static final int[] MOVIE_IDS = {4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169};
    public static final float[] VECTORS = {
        2, 0, 0,     // 4: scores 2
        1, 1, 0,     // 9: 3
        0, 2, 1,     // 16: 3
        1, 0.5f, 1,  // 25: 1
        3, 0, 0,     // 36: 3, rated
        0, 1, 0,     // 49: 2
        0, 0, 1,     // 64: -1
        -1, 2, 0,    // 81: 3
        0.5f, 0, 0,  // 100: 0.5, rated
        1, 1, 1,     // 121: 2
        4, 0, 2,     // 144: 2, the tie that falls off the end
        1, 0, 1,     // 169: 0
    };
    public static final float[] USER = {1, 2, -1};
    public static final int[] RATED = {36, 100};
    public static final int N = 6;

    public static final int[] EXPECTED_MOVIE_IDS = {9, 16, 81, 4, 49, 121};
    public static final float[] EXPECTED_SCORES = {3, 3, 3, 2, 2, 2};

    private RankingCase() {
    }

    public static ItemFactors factors(boolean implicit) {
        return new ItemFactors(implicit, RANK, MOVIE_IDS.clone(), VECTORS.clone());
    }
}
