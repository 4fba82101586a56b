package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.JobArguments;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.contracts.RecommendationList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on a small synthetic catalogue: fast runs for what does not need real data. */
class TrainingJobTest extends SparkTestSession {
    @TempDir
    static Path shared;
    static Path movielens;

    @TempDir
    Path dir;

    @BeforeAll
    static void createInputs() throws IOException {
        movielens = JobFiles.syntheticMovieLens(shared.resolve("ml"), 40, 30, 7);
    }

    @Test
    void explicitRatingsAreJudgedByRatingErrorAgainstMovieMeans() throws IOException {
        JobArguments arguments = arguments("explicit", JobArguments.Users.APP, false, null);

        TrainingReport report = TrainingJob.run(spark, arguments);
        Manifest manifest = report.manifest();

        assertThat(Summary.of(report, "recs", "manifest")).contains("explicit Bayesian factorisation (Gibbs");
        assertThat(manifest.model().rmse()).isNotNull().isPositive().isLessThan(manifest.baseline().rmse());
        assertThat(manifest.model().mae()).isNotNull().isPositive();
        assertThat(manifest.baseline().mae()).isNotNull();
        assertThat(JobFiles.manifest(dir.resolve("model"))).isEqualTo(manifest);
        try (InputStream in = Files.newInputStream(dir.resolve("model").resolve(ModelLayout.ITEM_FACTORS))) {
            ItemFactors factors = ItemFactors.readFrom(in);
            assertThat(factors.implicit()).isFalse();
            // --rank 4 plus the two places of the biases; the web app loads a model whose manifest rank is the factors'
            assertThat(factors.rank()).isEqualTo(6);
            assertThat(manifest.parameters().rank()).isEqualTo(6);
            assertThat(factors.size()).isEqualTo(30);
        }
    }

    /** The gate's holdout: of each user's n ratings (all at one time here) the max(1, floor(0.2 n)) highest movie ids. */
    @Test
    void theManifestAlsoJudgesTheModelOnEachUsersLatestRatings() throws IOException {
        Map<Integer, Long> ratingsPerUser;
        try (var lines = Files.lines(movielens.resolve("ratings.csv"))) {
            ratingsPerUser = lines.skip(1).collect(Collectors.groupingBy(line -> Integer.parseInt(line.split(",")[0]),
                    Collectors.counting()));
        }
        long heldOut = ratingsPerUser.values().stream().mapToLong(n -> n < 2 ? 0 : Math.max(1, (long) Math.floor(0.2 * n)))
                .sum();

        Manifest manifest = TrainingJob.run(spark, arguments("recent", JobArguments.Users.APP, true, null)).manifest();

        assertThat(manifest.counts().timeAwareTestRatings()).isEqualTo(heldOut);
        assertThat(manifest.counts().timeAwareTrainRatings() + heldOut).isEqualTo(manifest.counts().ratings());
        assertThat(manifest.timeAwareModel().ndcgAt10()).isGreaterThan(manifest.timeAwareBaseline().ndcgAt10());
        for (Manifest.Metrics metrics : List.of(manifest.model(), manifest.baseline(), manifest.timeAwareModel(),
                manifest.timeAwareBaseline())) {
            assertThat(metrics.novelty()).isPositive();
            assertThat(metrics.intraListDiversity()).as("no movies.csv, no genres").isNull();
        }
        assertThat(JobFiles.manifest(dir.resolve("model"))).isEqualTo(manifest);
    }

    @Test
    void appUsersKeepTheirOwnIdsAndMovieLensUsersAreWrittenNegative() throws IOException {
        Path snapshot = JobFiles.appSnapshot(dir.resolve("app.csv.gz"), List.of(
                new long[] {1, 2, 50}, new long[] {1, 4, 50}, new long[] {1, 3, 10},
                new long[] {9_000_000_000L, 1, 45}));

        TrainingJob.run(spark, arguments("all", JobArguments.Users.ALL, true, snapshot.toString()));

        Map<Long, RecommendationList> byUser = JobFiles.recommendations(dir.resolve("recs.jsonl")).stream()
                .collect(Collectors.toMap(RecommendationList::userId, list -> list));
        assertThat(byUser).hasSize(42).containsKeys(1L, 9_000_000_000L, -1L, -40L);
        assertThat(byUser.get(1L).items()).extracting(RecommendationList.Scored::movieId)
                .hasSize(10).doesNotContain(2, 3, 4);
        assertThat(byUser.get(1L).modelVersion()).isEqualTo("all");
    }

    @Test
    void rowsDroppedFromEitherInputAreCountedInTheManifest() throws IOException {
        Path ml = JobFiles.syntheticMovieLens(dir.resolve("ml-with-bad-rows"), 40, 30, 7);
        Files.writeString(ml.resolve("ratings.csv"), "1,oops,4.0,1000000000\r\n2,3,7.5,1000000000\r\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path snapshot = JobFiles.appSnapshot(dir.resolve("app.csv.gz"), List.of(
                new long[] {1, 2, 50}, new long[] {1, 4, 0}, new long[] {2, 3, 90}, new long[] {2, 5, 40}));
        JobArguments arguments = new JobArguments(ml.toString(), snapshot.toString(), "dropped",
                dir.resolve("model").toString(), null, dir.resolve("recs.jsonl").toString(), JobArguments.Users.APP,
                10, 4, 5, 0.1, 5, true, 0.2, 3L, false, 0.3);

        Manifest manifest = TrainingJob.run(spark, arguments).manifest();

        assertThat(manifest.droppedRows()).isEqualTo(new Manifest.DroppedRows(2, 2));
        assertThat(manifest.counts().appRatings()).isEqualTo(2);
        assertThat(JobFiles.manifest(dir.resolve("model"))).isEqualTo(manifest);
    }

    @Test
    void theSameSeedGivesTheSameModel() throws IOException {
        TrainingJob.run(spark, arguments("first", JobArguments.Users.APP, true, null));
        byte[] first = Files.readAllBytes(dir.resolve("model").resolve(ModelLayout.ITEM_FACTORS));
        TrainingJob.run(spark, arguments("second", JobArguments.Users.APP, true, null));

        assertThat(Files.readAllBytes(dir.resolve("model").resolve(ModelLayout.ITEM_FACTORS))).isEqualTo(first);
    }

    @Test
    void unreadableInputFailsBeforeAnyWrite() {
        JobArguments arguments = JobArguments.parse(new String[] {"--movielens", dir.resolve("missing").toString(),
                "--run-id", "broken", "--model-out", dir.resolve("model").toString(),
                "--recs-out", dir.resolve("recs.jsonl").toString()});

        assertThatThrownBy(() -> TrainingJob.run(spark, arguments))
                .isInstanceOf(JobFailedException.class).hasMessageStartingWith("--movielens");
        assertThat(dir.resolve("model")).doesNotExist();
        assertThat(dir.resolve("recs.jsonl")).doesNotExist();
    }

    /**
     * Tuning on a catalogue with genres (odd movies "Drama", even ones "Comedy", as the two taste
     * groups split) ends in a fitted run whose manifest says it was tuned and names a genre weight
     * from the grid around the given one, and a list for every user.
     */
    @Test
    void tuningChoosesTheGenreWeightFromItsGridAlongWithTheFit() throws IOException {
        Path withGenres = JobFiles.syntheticMovieLens(dir.resolve("ml-genres"), 40, 30, 7);
        StringBuilder movies = new StringBuilder("movieId,title,genres\r\n");
        for (int movie = 1; movie <= 30; movie++) {
            movies.append(movie).append(",Movie ").append(movie).append(movie % 2 == 1 ? ",Drama" : ",Comedy").append("\r\n");
        }
        Files.writeString(withGenres.resolve("movies.csv"), movies);
        JobArguments arguments = new JobArguments(withGenres.toString(), null, "tuned", dir.resolve("model").toString(),
                null, dir.resolve("recs.jsonl").toString(), JobArguments.Users.ALL, 10, 4, 8, 0.1, 5, true, 0.2, 11L,
                true, 0.3);

        Manifest manifest = TrainingJob.run(spark, arguments).manifest();

        assertThat(manifest.parameters().tuned()).isTrue();
        assertThat(Tuning.genreWeightGrid(0.3)).contains(manifest.parameters().genreWeight());
        assertThat(JobFiles.recommendations(dir.resolve("recs.jsonl"))).hasSize(40);
    }

    private JobArguments arguments(String runId, JobArguments.Users users, boolean implicit, String appRatings) {
        return new JobArguments(movielens.toString(), appRatings, runId, dir.resolve("model").toString(), null,
                dir.resolve("recs.jsonl").toString(), users, 10, 4, 8, 0.1, 5, implicit, 0.2, 11L, false, 0.3);
    }
}
