package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A missing or invalid argument stops the job with status 2 and a message naming it, before Spark starts. */
class TrainingJobArgumentsTest {
    private static final List<String> VALID = List.of("--movielens", "/data/ml", "--run-id", "r1",
            "--model-out", "/tmp/model", "--recs-out", "/tmp/recs.jsonl");

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(without("--movielens"), "--movielens is required"),
                Arguments.of(without("--run-id"), "--run-id must be"),
                Arguments.of(replacing("--run-id", "../etc"), "--run-id must be"),
                Arguments.of(without("--model-out"), "--model-out is required"),
                Arguments.of(without("--recs-out"), "exactly one of --recs-table and --recs-out"),
                Arguments.of(with("--recs-table", "recs"), "exactly one of --recs-table and --recs-out"),
                Arguments.of(with("--users", "some"), "--users must be 'app' or 'all'"),
                Arguments.of(with("--top-n", "0"), "--top-n must be between 1 and 500"),
                Arguments.of(with("--rank", "ten"), "--rank must be a whole number"),
                Arguments.of(with("--max-iter", "0"), "--max-iter must be between 1 and 500"),
                Arguments.of(with("--reg", "-1"), "--reg must be a finite number >= 0"),
                Arguments.of(with("--alpha", "NaN"), "--alpha must be a finite number >= 0"),
                Arguments.of(with("--implicit", "yes"), "--implicit must be 'true' or 'false'"),
                Arguments.of(with("--holdout", "1"), "--holdout must be between 0 and 1"),
                Arguments.of(with("--seed", "x"), "--seed must be a whole number"),
                Arguments.of(with("--tune", "maybe"), "--tune must be 'true' or 'false'"),
                Arguments.of(with("--genre-weight", "-0.5"), "--genre-weight must be between 0 and 10"),
                Arguments.of(with("--genre-weight", "NaN"), "--genre-weight must be between 0 and 10"),
                Arguments.of(with("--ranks", "3"), "--ranks is not a known argument"),
                Arguments.of(with("--rank", null), "--rank needs a value"),
                Arguments.of(with("--rank", "8", "--rank", "9"), "--rank is given more than once"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badArguments")
    void exitsWithStatusTwoNamingTheArgument(List<String> argv, String message) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = TrainingJob.execute(argv.toArray(String[]::new));
        } finally {
            System.setErr(original);
        }

        assertThat(status).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains(message);
    }

    private static List<String> without(String flag) {
        List<String> argv = new ArrayList<>(VALID);
        int index = argv.indexOf(flag);
        argv.remove(index + 1);
        argv.remove(index);
        return argv;
    }

    private static List<String> replacing(String flag, String value) {
        List<String> argv = new ArrayList<>(VALID);
        argv.set(argv.indexOf(flag) + 1, value);
        return argv;
    }

    private static List<String> with(String... flagsAndValues) {
        List<String> argv = new ArrayList<>(VALID);
        for (String value : flagsAndValues) {
            if (value != null) {
                argv.add(value);
            }
        }
        return argv;
    }
}
