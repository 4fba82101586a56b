package io.movierecs.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Writes a MovieLens-shaped {@code ratings.csv} of a given size for bench/als-benchmark: movie
 * popularity follows a power law (Zipf, exponent 1), users rate a power-law number of movies, and
 * ratings lean on a hidden taste match so there is signal to learn. Each user rates in sessions
 * spread over a few years from a random start, so the time-aware holdout has an order to follow;
 * the times come from their own random stream, so the ratings are the same as without them.
 * Arguments: DIRECTORY RATINGS SEED.
 */
public final class SyntheticRatings {
    private static final long FIRST_TIME = 1_000_000_000L;
    private static final long SPAN_SECONDS = 3L * 365 * 86_400;

    private SyntheticRatings() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        long target = Long.parseLong(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        Random clock = new Random(Long.parseLong(args[2]) + 1);
        // Users rate about 60 movies on average; more users than needed, stopping at the target.
        int users = (int) Math.max(100, target / 40);
        int movies = (int) Math.max(1000, target / 500);
        double[] cumulative = new double[movies];
        double sum = 0;
        for (int movie = 0; movie < movies; movie++) {
            sum += 1.0 / (movie + 1);
            cumulative[movie] = sum;
        }
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("ratings.csv"), StandardCharsets.UTF_8)) {
            out.write("userId,movieId,rating,timestamp\n");
            for (int user = 1; user <= users && written < target; user++) {
                int count = (int) Math.min(movies / 2, Math.max(5, 100 * Math.pow(random.nextDouble() + 1e-3, -0.5) / 2));
                int taste = random.nextInt(4);
                long time = FIRST_TIME + (long) (clock.nextDouble() * SPAN_SECONDS);
                Set<Integer> seen = new HashSet<>();
                for (int i = 0; i < count && written < target; i++) {
                    int index = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                    int movie = (index < 0 ? -index - 1 : index) + 1;
                    if (seen.add(movie)) {
                        double rating = movie % 4 == taste ? 4 + random.nextInt(3) / 2.0 : 1 + random.nextInt(7) / 2.0;
                        // Mostly a minute to the next rating, sometimes a new session days later.
                        time += clock.nextInt(10) == 0 ? 86_400L * (1 + clock.nextInt(30)) : 20 + clock.nextInt(100);
                        out.write(user + "," + movie + "," + rating + "," + time + "\n");
                        written++;
                    }
                }
            }
        }
        System.out.println("wrote " + written + " ratings to " + dir.resolve("ratings.csv"));
    }
}
