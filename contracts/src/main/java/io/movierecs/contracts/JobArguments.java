package io.movierecs.contracts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The training job's command line, the same on EMR and locally. The web app builds it with
 * {@link #toArgs()}; the job reads it with {@link #parse(String[])}.
 *
 * @param movielens   directory (or s3:// prefix) holding MovieLens ratings.csv
 * @param appRatings  the app's ratings snapshot (same columns, gzip allowed), or null
 * @param runId       names the artefacts and the DynamoDB writes
 * @param modelOut    where manifest.json, item factors and the popular list go
 * @param recsTable   DynamoDB table for the per-user top-N, or null when {@code recsOut} is set
 * @param recsOut     JSON Lines file for the per-user top-N, or null when {@code recsTable} is set
 * @param users       whose top-N to write
 * @param genreWeight how strongly a user's favourite genres lift their list ({@link GenreAffinity}); 0 turns it off
 */
public record JobArguments(
        String movielens,
        String appRatings,
        String runId,
        String modelOut,
        String recsTable,
        String recsOut,
        Users users,
        int topN,
        int rank,
        int maxIter,
        double reg,
        double alpha,
        boolean implicit,
        double holdout,
        long seed,
        boolean tune,
        double genreWeight) {

    public enum Users { APP, ALL }

    /** The largest {@code --genre-weight} accepted. */
    public static final double MAX_GENRE_WEIGHT = 10;

    private static final Set<String> FLAGS = Set.of("--movielens", "--app-ratings", "--run-id", "--model-out",
            "--recs-table", "--recs-out", "--users", "--top-n", "--rank", "--max-iter", "--reg", "--alpha",
            "--implicit", "--holdout", "--seed", "--tune", "--genre-weight");

    public JobArguments {
        require(movielens != null && !movielens.isBlank(), "--movielens", "is required");
        ModelLayout.requireSafeArgument(runId);
        require(modelOut != null && !modelOut.isBlank(), "--model-out", "is required");
        require((recsTable == null) != (recsOut == null), "--recs-table",
                "exactly one of --recs-table and --recs-out is required");
        require(users != null, "--users", "is required");
        require(topN >= 1 && topN <= 500, "--top-n", "must be between 1 and 500, was " + topN);
        require(rank >= 1 && rank <= 1024, "--rank", "must be between 1 and 1024, was " + rank);
        require(maxIter >= 1 && maxIter <= 500, "--max-iter", "must be between 1 and 500, was " + maxIter);
        require(reg >= 0 && Double.isFinite(reg), "--reg", "must be a finite number >= 0, was " + reg);
        require(alpha >= 0 && Double.isFinite(alpha), "--alpha", "must be a finite number >= 0, was " + alpha);
        require(holdout > 0 && holdout < 1, "--holdout", "must be between 0 and 1 (exclusive), was " + holdout);
        require(genreWeight >= 0 && genreWeight <= MAX_GENRE_WEIGHT, "--genre-weight",
                "must be between 0 and " + (int) MAX_GENRE_WEIGHT + ", was " + genreWeight);
    }

    /**
     * The training parameters' defaults, declared once for both runtimes: as text, so the web app's
     * settings record can name them in its annotations.
     */
    public static final class Defaults {
        public static final String TOP_N = "50";
        public static final String RANK = "32";
        public static final String MAX_ITER = "10";
        public static final String REG = "0.1";
        public static final String ALPHA = "0.15";
        public static final String IMPLICIT = "true";
        public static final String HOLDOUT = "0.2";
        public static final String SEED = "42";
        public static final String TUNE = "false";
        public static final String GENRE_WEIGHT = "0.3";

        private Defaults() {
        }
    }

    /** Defaults for everything but the inputs and outputs. */
    public static JobArguments defaults(String movielens, String appRatings, String runId, String modelOut,
                                        String recsTable, String recsOut) {
        return new JobArguments(movielens, appRatings, runId, modelOut, recsTable, recsOut, Users.APP,
                Integer.parseInt(Defaults.TOP_N), Integer.parseInt(Defaults.RANK), Integer.parseInt(Defaults.MAX_ITER),
                Double.parseDouble(Defaults.REG), Double.parseDouble(Defaults.ALPHA),
                Boolean.parseBoolean(Defaults.IMPLICIT), Double.parseDouble(Defaults.HOLDOUT),
                Long.parseLong(Defaults.SEED), Boolean.parseBoolean(Defaults.TUNE),
                Double.parseDouble(Defaults.GENRE_WEIGHT));
    }

    public List<String> toArgs() {
        List<String> args = new ArrayList<>();
        add(args, "--movielens", movielens);
        add(args, "--app-ratings", appRatings);
        add(args, "--run-id", runId);
        add(args, "--model-out", modelOut);
        add(args, "--recs-table", recsTable);
        add(args, "--recs-out", recsOut);
        add(args, "--users", users.name().toLowerCase(Locale.ROOT));
        add(args, "--top-n", Integer.toString(topN));
        add(args, "--rank", Integer.toString(rank));
        add(args, "--max-iter", Integer.toString(maxIter));
        add(args, "--reg", Double.toString(reg));
        add(args, "--alpha", Double.toString(alpha));
        add(args, "--implicit", Boolean.toString(implicit));
        add(args, "--holdout", Double.toString(holdout));
        add(args, "--seed", Long.toString(seed));
        add(args, "--tune", Boolean.toString(tune));
        add(args, "--genre-weight", Double.toString(genreWeight));
        return args;
    }

    /**
     * Reads the command line. Every problem is an {@link InvalidJobArgumentException} naming the
     * argument, so the job can print it and exit with status 2.
     */
    public static JobArguments parse(String[] argv) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String flag = argv[i];
            if (!FLAGS.contains(flag)) {
                throw new InvalidJobArgumentException(flag, "is not a known argument; known: " + FLAGS);
            }
            if (i + 1 >= argv.length || argv[i + 1].startsWith("--")) {
                throw new InvalidJobArgumentException(flag, "needs a value");
            }
            if (values.put(flag, argv[++i]) != null) {
                throw new InvalidJobArgumentException(flag, "is given more than once");
            }
        }
        JobArguments d = defaults("x", null, "x", "x", "x", null);
        return new JobArguments(
                values.get("--movielens"),
                values.get("--app-ratings"),
                values.get("--run-id"),
                values.get("--model-out"),
                values.get("--recs-table"),
                values.get("--recs-out"),
                users(values.getOrDefault("--users", "app")),
                intValue(values, "--top-n", d.topN),
                intValue(values, "--rank", d.rank),
                intValue(values, "--max-iter", d.maxIter),
                doubleValue(values, "--reg", d.reg),
                doubleValue(values, "--alpha", d.alpha),
                booleanValue(values, "--implicit", d.implicit),
                doubleValue(values, "--holdout", d.holdout),
                longValue(values, "--seed", d.seed),
                booleanValue(values, "--tune", d.tune),
                doubleValue(values, "--genre-weight", d.genreWeight));
    }

    private static Users users(String value) {
        return switch (value) {
            case "app" -> Users.APP;
            case "all" -> Users.ALL;
            default -> throw new InvalidJobArgumentException("--users", "must be 'app' or 'all', was '" + value + "'");
        };
    }

    private static int intValue(Map<String, String> values, String flag, int fallback) {
        String value = values.get(flag);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidJobArgumentException(flag, "must be a whole number, was '" + value + "'");
        }
    }

    private static long longValue(Map<String, String> values, String flag, long fallback) {
        String value = values.get(flag);
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidJobArgumentException(flag, "must be a whole number, was '" + value + "'");
        }
    }

    private static double doubleValue(Map<String, String> values, String flag, double fallback) {
        String value = values.get(flag);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidJobArgumentException(flag, "must be a number, was '" + value + "'");
        }
    }

    private static boolean booleanValue(Map<String, String> values, String flag, boolean fallback) {
        String value = values.get(flag);
        if (value == null) {
            return fallback;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidJobArgumentException(flag, "must be 'true' or 'false', was '" + value + "'");
        };
    }

    private static void add(List<String> args, String flag, String value) {
        if (value != null) {
            args.add(flag);
            args.add(value);
        }
    }

    private static void require(boolean condition, String flag, String problem) {
        if (!condition) {
            throw new InvalidJobArgumentException(flag, problem);
        }
    }
}
