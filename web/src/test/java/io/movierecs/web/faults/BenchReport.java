package io.movierecs.web.faults;

import java.util.List;
import java.util.Locale;

/** One line of {@link FaultBench}'s table per fault, from the load's answers around it. */
final class BenchReport {
    static final String HEADER = String.format(Locale.ROOT, "%-36s %9s %9s %20s %10s %10s %9s", "fault", "detect s",
            "recover s", "requests failed", "max ms", "p99 ratio", "data lost");
    static final String LEGEND = "requests failed: answers not 2xx (or no answer) from the fault until it was recovered;"
            + " p99 ratio: p99 latency of the answered requests in that window over the 10 s before the fault"
            + " (baseline 1.00); data lost: acknowledged ratings not stored, plus served lists that changed";

    private BenchReport() {
    }

    /**
     * @param faultAt   when the fault began, in the load's clock
     * @param recovered when it was over, in the load's clock: the end of the window counted
     */
    static String row(BenchLoad load, String fault, long faultAt, long detectMillis, long recoverMillis, long recovered,
                      long lost) {
        List<BenchLoad.Answer> before = load.answers(Math.max(0, faultAt - 10_000), faultAt);
        List<BenchLoad.Answer> window = load.answers(faultAt, recovered + 1);
        long failed = window.stream().filter(a -> !a.ok()).count();
        long max = window.stream().mapToLong(BenchLoad.Answer::millis).max().orElse(0);
        double ratio = p99(window) / Math.max(1.0, p99(before));
        return String.format(Locale.ROOT, "%-36s %9.1f %9.1f %20s %10d %10.2f %9d", fault, detectMillis / 1000.0,
                recoverMillis / 1000.0, failed + " of " + window.size(), max, ratio, lost);
    }

    private static double p99(List<BenchLoad.Answer> answers) {
        long[] millis = answers.stream().filter(BenchLoad.Answer::ok).mapToLong(BenchLoad.Answer::millis).sorted().toArray();
        return millis.length == 0 ? 0 : millis[Math.min(millis.length - 1, (int) Math.ceil(millis.length * 0.99) - 1)];
    }
}
