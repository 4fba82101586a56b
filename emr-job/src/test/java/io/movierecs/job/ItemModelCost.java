package io.movierecs.job;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * For bench/item-model-cost (not a test): what the driver-side models cost at their bounds, which
 * the job's end-to-end runs never reach. EASE's inverse ({@link SymmetricInverse}) of a co-rating
 * matrix with n movies, n up to {@link Ease#MAX_MOVIES}; and Gibbs sweeps ({@link GibbsTrainer})
 * over {@code ratings} synthetic ratings at rank 32, from which a fit's 200 sweeps are estimated.
 * Prints wall and process CPU seconds. Arguments: [EASE_SIZES("1682,3000")] [GIBBS_RATINGS(2000000)] [SWEEPS(3)].
 */
public final class ItemModelCost {
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ItemModelCost() {
    }

    record Cost(double wallSeconds, double cpuSeconds) {
    }

    public static void main(String[] args) {
        String[] sizes = (args.length > 0 ? args[0] : "1682," + Ease.MAX_MOVIES).split(",");
        int gibbsRatings = args.length > 1 ? Integer.parseInt(args[1]) : (int) GibbsTrainer.MAX_RATINGS;
        int sweeps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.printf(Locale.ROOT, "cores %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        // A small inverse first, so the timed ones run compiled code.
        inverse(300, 1);
        System.out.println("model              size        wall s    cpu s   multiply-adds (G)");
        for (String size : sizes) {
            int n = Integer.parseInt(size.trim());
            Cost cost = time(() -> inverse(n, 42));
            System.out.printf(Locale.ROOT, "ease inverse  %10d movies %8.1f %8.1f %10.1f%n", n, cost.wallSeconds(),
                    cost.cpuSeconds(), Math.pow(n, 3) / 1e9);
        }
        GibbsTrainer.LocalRatings ratings = ratings(gibbsRatings, 7);
        int rank = 32;
        GibbsTrainer.sample(ratings(20_000, 8), rank, 1, 2, 0);
        Cost cost = time(() -> GibbsTrainer.sample(ratings, rank, 42, sweeps, 0));
        double perSweepWall = cost.wallSeconds() / sweeps;
        double perSweepCpu = cost.cpuSeconds() / sweeps;
        System.out.printf(Locale.ROOT, "gibbs sweep   %10d ratings %7.1f %8.1f %10.1f   (%d users, %d movies, rank %d, mean of %d sweeps)%n",
                gibbsRatings, perSweepWall, perSweepCpu, (double) gibbsRatings * (rank + 1) * (rank + 2) / 1e9,
                ratings.userIds().length, ratings.movieIds().length, rank, sweeps);
        System.out.printf(Locale.ROOT, "gibbs fit     %10d ratings %7.0f %8.0f              (200 sweeps, estimated)%n",
                gibbsRatings, perSweepWall * 200, perSweepCpu * 200);
    }

    /** The inverse of G + 300 I, G the co-rating counts of 2n users each rating 5% of n movies at random. */
    private static double[] inverse(int n, long seed) {
        Random random = new Random(seed);
        double[] gram = new double[n * n];
        int[] rated = new int[Math.max(1, n / 20)];
        for (int user = 0; user < 2 * n; user++) {
            for (int i = 0; i < rated.length; i++) {
                rated[i] = random.nextInt(n);
            }
            for (int i : rated) {
                for (int j : rated) {
                    gram[i * n + j]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            gram[i * n + i] += 300;
        }
        return SymmetricInverse.of(gram, n);
    }

    /** {@code size} ratings: users rating about 40 movies each, movies by a power law, half-star values. */
    private static GibbsTrainer.LocalRatings ratings(int size, long seed) {
        Random random = new Random(seed);
        int users = Math.max(10, size / 40);
        int movies = Math.max(100, size / 500);
        int[] userColumn = new int[size];
        int[] movieColumn = new int[size];
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            userColumn[i] = i % users;
            // movies x u^2 for u uniform in [0, 1): the low ids get most of the ratings.
            movieColumn[i] = (int) Math.min(movies - 1, Math.floor(movies * Math.pow(random.nextDouble(), 2)));
            values[i] = 0.5f + random.nextInt(10) * 0.5f;
        }
        return GibbsTrainer.LocalRatings.of(userColumn, movieColumn, values);
    }

    private static Cost time(Supplier<?> work) {
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        work.get();
        return new Cost((System.nanoTime() - start) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9);
    }
}
