package io.movierecs.web.recommendations;

import io.movierecs.contracts.GenreAffinity;
import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.Manifest;
import io.movierecs.web.serving.LoadedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Fold-in latency (solve the user step, score every movie, lift the user's genres, top 100 with
 * because lines) for rank 64, over ml-latest-small's movies with its real users' ratings and over a synthetic 60,000-movie
 * factor set. The baselines in the same run are plain scoring passes over all movies: a dot product
 * per row, and the column-major kernel on one core. Run by
 * {@code bench/fold-in}; prints figures, asserts nothing.
 */
public final class FoldInBenchmark {
    private static final int RANK = 64;
    private static final int WARMUP = 2000;
    private static final int MEASURED = 5000;
    private static final int GENRES = 20;
    private static final double GENRE_WEIGHT = 0.3;

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Map<Integer, List<UserRating>> users = movielensUsers(data.resolve("ml-latest-small/ratings.csv"));
        int[] movieIds = movielensMovieIds(data.resolve("ml-latest-small/movies.csv"));
        List<List<UserRating>> movielens = new ArrayList<>(users.values());
        System.out.printf("%-34s %8s %8s %8s %8s%n", "case (rank 64)", "movies", "p50 ms", "p99 ms", "max ms");
        List<List<UserRating>> synthetic60k = syntheticUsers(60_000, 2000);
        for (boolean implicit : new boolean[] {true, false}) {
            String mode = implicit ? "implicit" : "explicit";
            run("ml-latest-small fold-in " + mode, model(movieIds, implicit, GENRE_WEIGHT), movielens);
            run("synthetic fold-in " + mode, model(sequentialIds(60_000), implicit, GENRE_WEIGHT), synthetic60k);
        }
        run("synthetic implicit, no genre step", model(sequentialIds(60_000), true, 0), synthetic60k);
        LoadedModel synthetic = model(sequentialIds(60_000), false, 0);
        baseline("baseline: scoring pass, row by row", synthetic, () -> rowByRow(synthetic));
        float[] query = Arrays.copyOf(synthetic.vectors(), RANK);
        baseline("baseline: scoring pass, one core", synthetic, () -> {
            float[] scores = new float[synthetic.size()];
            FactorMath.scoreRows(synthetic.columns(), synthetic.size(), query, scores, 0, synthetic.size());
            return scores[0];
        });
        baseline("scoring pass, chunks on two cores", synthetic,
                () -> FactorMath.scoreAll(synthetic.columns(), synthetic.size(), query)[0]);
    }

    private static void run(String name, LoadedModel model, List<List<UserRating>> users) {
        long[] nanos = new long[MEASURED];
        long sink = 0;
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            List<UserRating> ratings = users.get(i % users.size());
            long start = System.nanoTime();
            sink += ModelRecommender.foldIn(model, ratings, PersonalRanking.CANDIDATES).size();
            long elapsed = System.nanoTime() - start;
            if (i >= WARMUP) {
                nanos[i - WARMUP] = elapsed;
            }
        }
        print(name, model.size(), nanos, sink);
    }

    private static void baseline(String name, LoadedModel model, DoubleSupplier pass) {
        long[] nanos = new long[MEASURED];
        double sink = 0;
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            long start = System.nanoTime();
            sink += pass.getAsDouble();
            if (i >= WARMUP) {
                nanos[i - WARMUP] = System.nanoTime() - start;
            }
        }
        print(name, model.size(), nanos, (long) sink);
    }

    /** A plain dot product per row, the way a first version would score. */
    private static double rowByRow(LoadedModel model) {
        float[] vectors = model.vectors();
        float[] query = Arrays.copyOf(vectors, RANK);
        double sum = 0;
        for (int offset = 0; offset < vectors.length; offset += RANK) {
            float dot = 0;
            for (int k = 0; k < RANK; k++) {
                dot += vectors[offset + k] * query[k];
            }
            sum += dot;
        }
        return sum;
    }

    private static void print(String name, int movies, long[] nanos, long sink) {
        Arrays.sort(nanos);
        System.out.printf("%-34s %8d %8.3f %8.3f %8.3f%s%n", name, movies, nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6, sink == 42 ? " " : "");
    }

    /** Random factors; with a genre weight, each movie has one to three of 20 genres, as MovieLens movies do. */
    private static LoadedModel model(int[] movieIds, boolean implicit, double genreWeight) {
        Random random = new Random(1);
        float[] vectors = new float[movieIds.length * RANK];
        for (int k = 0; k < vectors.length; k++) {
            vectors[k] = (float) (random.nextGaussian() * 0.1);
        }
        ItemFactors factors = new ItemFactors(implicit, RANK, movieIds, vectors);
        Manifest manifest = Models.manifest("run-bench", RANK, implicit, 0.1, 10.0, genreWeight);
        if (genreWeight == 0) {
            return LoadedModel.of(manifest, factors, List.of());
        }
        List<String> names = IntStream.range(0, GENRES).mapToObj(g -> "genre-" + g).toList();
        int[] masks = new int[movieIds.length];
        for (int row = 0; row < masks.length; row++) {
            for (int g = 1 + random.nextInt(3); g > 0; g--) {
                masks[row] |= 1 << random.nextInt(GENRES);
            }
        }
        double[] shares = GenreAffinity.shares(GENRES, masks, DoubleStream.generate(() -> 1).limit(masks.length).toArray());
        return LoadedModel.of(manifest, factors, List.of(),
                new LoadedModel.Genres(new GenreAffinity(names, shares), masks, genreWeight));
    }

    private static int[] sequentialIds(int count) {
        int[] ids = new int[count];
        Arrays.setAll(ids, i -> i + 1);
        return ids;
    }

    private static List<List<UserRating>> syntheticUsers(int movies, int count) {
        Random random = new Random(2);
        List<List<UserRating>> users = new ArrayList<>(count);
        for (int u = 0; u < count; u++) {
            int rated = 10 + random.nextInt(200);
            List<UserRating> ratings = new ArrayList<>(rated);
            for (int i = 0; i < rated; i++) {
                ratings.add(new UserRating(1 + random.nextInt(movies), 0.5 * (1 + random.nextInt(10)), null));
            }
            users.add(ratings);
        }
        return users;
    }

    private static Map<Integer, List<UserRating>> movielensUsers(Path ratings) throws IOException {
        Map<Integer, List<UserRating>> users = new HashMap<>();
        try (Stream<String> lines = Files.lines(ratings)) {
            lines.skip(1).map(line -> line.split(",")).forEach(f -> users
                    .computeIfAbsent(Integer.parseInt(f[0]), id -> new ArrayList<>())
                    .add(new UserRating(Integer.parseInt(f[1]), Double.parseDouble(f[2]), null)));
        }
        return users;
    }

    private static int[] movielensMovieIds(Path movies) throws IOException {
        try (Stream<String> lines = Files.lines(movies)) {
            return lines.skip(1).mapToInt(line -> Integer.parseInt(line.substring(0, line.indexOf(',')))).toArray();
        }
    }
}
