package io.movierecs.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Prints bench/als-benchmark's tables from its results file: one line per run, tab-separated
 * {@code section, side, key, name=value...} (side "before" or "after"). Not a test.
 */
public final class BenchmarkTable {
    private static final String[] PHASES = {"load", "tune", "fit", "evaluate", "time-aware", "recommend", "write-recs",
        "write-model"};

    private final List<Run> runs;

    private BenchmarkTable(List<Run> runs) {
        this.runs = runs;
    }

    public static void main(String[] args) throws IOException {
        List<Run> runs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] fields = line.split("\t");
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 3; i < fields.length; i++) {
                int equals = fields[i].indexOf('=');
                values.put(equals < 0 ? "value" + i : fields[i].substring(0, equals), fields[i].substring(equals + 1));
            }
            runs.add(new Run(fields[0], fields[1], fields[2], values, fields));
        }
        new BenchmarkTable(runs).print();
    }

    private void print() {
        printQuality();
        printExplicit();
        printSpeed("small", "ml-latest-small end to end (run-local, implicit defaults, every user's top-50 to JSON Lines)");
        printSpeed("synthetic", "synthetic ratings, every user's top-50 to DynamoDB Local (rank 16, 5 iterations)");
    }

    private void printQuality() {
        List<Run> quality = section("ml100k");
        if (quality.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("== ml-100k, random 75/25 split per seed: the job's defaults with --holdout 0.25 (every held-out"
                + " rating relevant, training movies removed; \"latest\": the time-aware holdout; tuned: --tune true)");
        System.out.printf(Locale.ROOT, "%-7s %-5s %8s %8s %6s | %10s %10s | %8s %8s %8s %8s %8s %8s | %6s %6s %6s%n",
                "side", "seed", "NDCG@10", "pop", "ratio", "latest NDCG", "latest pop", "coverage", "pop cov", "novelty",
                "pop nov", "ILD", "pop ILD", "fit s", "eval s", "total");
        for (String side : List.of("before", "after", "tuned")) {
            List<Run> ofSide = quality.stream().filter(run -> run.side().equals(side)).toList();
            for (Run run : ofSide) {
                qualityRow(side, run.key(), run);
            }
            if (ofSide.size() > 1) {
                qualityRow(side, "mean", mean(ofSide));
            }
        }
    }

    private static void qualityRow(String side, String seed, Run run) {
        System.out.printf(Locale.ROOT, "%-7s %-5s %8s %8s %6s | %10s %10s | %8s %8s %8s %8s %8s %8s | %6s %6s %6s%n",
                side, seed, run.get("ndcg"), run.get("pop"), ratio(run.number("ndcg"), run.number("pop")),
                run.get("tndcg"), run.get("tpop"), run.get("cov"), run.get("pcov"), run.get("nov"), run.get("pnov"),
                run.get("ild"), run.get("pild"), seconds(run.get("fit")), seconds(run.get("evaluate")),
                seconds(run.get("total")));
    }

    private void printExplicit() {
        List<Run> explicit = section("explicit");
        if (explicit.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("== ml-100k explicit model: RMSE on GroupLens's u1-u5 splits (io.movierecs.job.AlsBenchmark)");
        for (Run run : explicit) {
            String[] fields = run.fields();
            System.out.printf(Locale.ROOT, "%-7s mean %s   (%s)%n", run.side(), fields.length > 3 ? fields[3] : "-",
                    fields.length > 4 ? fields[4] : "");
        }
    }

    private void printSpeed(String name, String title) {
        List<Run> speed = section(name);
        if (speed.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("== " + title);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-7s %-15s %7s %7s %7s |", "side", "input",
                "wall s", "cpu s", "loadavg"));
        for (String phase : PHASES) {
            header.append(String.format(Locale.ROOT, " %10s", phase));
        }
        System.out.println(header.append(String.format(Locale.ROOT, " | %8s", "items/s")));
        for (Run run : speed) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-7s %-15s %7s %7s %7s |", run.side(),
                    run.key(), run.get("wall"), run.get("cpu"), run.get("loadavg")));
            for (String phase : PHASES) {
                row.append(String.format(Locale.ROOT, " %10s", seconds(run.get(phase))));
            }
            OptionalDouble users = run.number("users");
            OptionalDouble write = run.number("write-recs");
            String perSecond = users.isPresent() && write.isPresent() && write.getAsDouble() > 0
                    ? String.format(Locale.ROOT, "%.0f", users.getAsDouble() / write.getAsDouble()) : "-";
            System.out.println(row.append(String.format(Locale.ROOT, " | %8s", name.equals("synthetic") ? perSecond : "-")));
        }
    }

    private List<Run> section(String name) {
        return runs.stream().filter(run -> run.section().equals(name)).toList();
    }

    /** The mean of every numeric value over the runs. */
    private static Run mean(List<Run> runs) {
        Map<String, String> means = new LinkedHashMap<>();
        for (String name : runs.get(0).values().keySet()) {
            double[] numbers = runs.stream().map(run -> run.number(name)).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).toArray();
            if (numbers.length == runs.size()) {
                double mean = java.util.Arrays.stream(numbers).sum() / numbers.length;
                boolean seconds = runs.get(0).get(name).endsWith("s");
                means.put(name, String.format(Locale.ROOT, seconds ? "%.1fs" : "%.4f", mean));
            }
        }
        return new Run("mean", runs.get(0).side(), "mean", means, new String[0]);
    }

    private static String ratio(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() && b.isPresent() && b.getAsDouble() > 0
                ? String.format(Locale.ROOT, "%.2f", a.getAsDouble() / b.getAsDouble()) : "-";
    }

    private static String seconds(String value) {
        return value == null || value.isEmpty() ? "-" : value.replace("s", "");
    }

    private record Run(String section, String side, String key, Map<String, String> values, String[] fields) {
        String get(String name) {
            String value = values.get(name);
            return value == null || value.isEmpty() ? "-" : value;
        }

        OptionalDouble number(String name) {
            try {
                return OptionalDouble.of(Double.parseDouble(get(name).replace("s", "")));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
    }
}
