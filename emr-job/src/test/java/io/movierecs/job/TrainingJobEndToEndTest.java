package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.JobArguments;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.contracts.PopularMovie;
import io.movierecs.contracts.RecommendationList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run on ml-latest-small plus a few app users whose ids are also MovieLens user ids. */
class TrainingJobEndToEndTest extends SparkTestSession {
    private static final int[] SCIENCE_FICTION = {260, 1196, 1210, 1240, 589, 2571, 1200, 1214, 541, 1097, 1274, 2011};
    private static final int[] COMEDY_AND_ROMANCE = {1, 2355, 1265, 356, 539};
    private static final String RUN_ID = "e2e-1";

    @TempDir
    static Path dir;
    static Manifest manifest;
    static Map<Long, RecommendationList> recommendations;

    @BeforeAll
    static void runTheJob() throws IOException {
        List<long[]> app = new ArrayList<>();
        for (int movieId : SCIENCE_FICTION) {
            app.add(new long[] {1, movieId, 50});
        }
        for (int movieId : COMEDY_AND_ROMANCE) {
            app.add(new long[] {2, movieId, 45});
        }
        app.add(new long[] {3, 318, 40});
        Path snapshot = JobFiles.appSnapshot(dir.resolve("ratings.csv.gz"), app);
        JobArguments arguments = JobArguments.parse(new String[] {
            "--movielens", DATA.resolve("ml-latest-small").toString(), "--app-ratings", snapshot.toString(),
            "--run-id", RUN_ID, "--model-out", dir.resolve("model").toString(),
            "--recs-out", dir.resolve("recs.jsonl").toString(), "--top-n", "20",
            "--rank", "48", "--max-iter", "10", "--reg", "0.3", "--alpha", "1", "--seed", "3"});

        manifest = TrainingJob.run(spark, arguments).manifest();
        recommendations = JobFiles.recommendations(dir.resolve("recs.jsonl")).stream()
                .collect(Collectors.toMap(RecommendationList::userId, list -> list));
    }

    @Test
    void everyAppUserGetsTopNOfThisRunUnderTheirOwnId() {
        assertThat(recommendations).containsOnlyKeys(1L, 2L, 3L);
        assertThat(recommendations.values()).allSatisfy(list -> {
            assertThat(list.modelVersion()).isEqualTo(RUN_ID);
            assertThat(list.items()).hasSize(20);
        });
    }

    @Test
    void noListHoldsAMovieItsUserRated() {
        assertThat(movieIds(1)).doesNotContainAnyElementsOf(ids(SCIENCE_FICTION));
        assertThat(movieIds(2)).doesNotContainAnyElementsOf(ids(COMEDY_AND_ROMANCE));
        assertThat(movieIds(3)).doesNotContain(318);
    }

    /**
     * ALS alone on ml-latest-small gives this fan three science-fiction movies in ten: it ties the
     * classics they rated to the mainstream hits their fellow raters watched (Raiders of the Lost
     * Ark, Die Hard). The genre step lifts the genre they rate far above everyone's share of it.
     */
    @Test
    void aScienceFictionFanGetsMostlyScienceFiction() {
        Set<Integer> scienceFiction = spark.read().option("header", "true")
                .csv(DATA.resolve("ml-latest-small/movies.csv").toString())
                .where("genres like '%Sci-Fi%'").collectAsList().stream()
                .map((Row row) -> Integer.parseInt(row.getString(0))).collect(Collectors.toSet());

        List<Integer> topTen = movieIds(1).subList(0, 10);
        assertThat(topTen.stream().filter(scienceFiction::contains).count()).as("science fiction in %s", topTen)
                .isGreaterThan(5);
    }

    @Test
    void theManifestHoldsEveryMetricForModelAndBaseline() throws IOException {
        Manifest written = JobFiles.manifest(dir.resolve("model"));

        assertThat(written).isEqualTo(manifest);
        assertThat(written.counts().appUsers()).isEqualTo(3);
        assertThat(written.counts().movielensRatings()).isEqualTo(100_836);
        assertThat(written.counts().usersWritten()).isEqualTo(3);
        for (Manifest.Metrics metrics : List.of(written.model(), written.baseline())) {
            assertThat(metrics.precisionAt10()).isBetween(0.01, 1.0);
            assertThat(metrics.recallAt10()).isBetween(0.001, 1.0);
            assertThat(metrics.ndcgAt10()).isBetween(0.01, 1.0);
            assertThat(metrics.map()).isBetween(0.001, 1.0);
            assertThat(metrics.coverage()).isBetween(0.0001, 1.0);
        }
        assertThat(written.model().ndcgAt10()).isGreaterThan(written.baseline().ndcgAt10());
        assertThat(written.timeAwareModel().ndcgAt10()).isGreaterThan(written.timeAwareBaseline().ndcgAt10());
    }

    /** Popularity recommends the same blockbusters to everyone: the manifest shows it beside the model. */
    @Test
    void theManifestShowsThePopularListAsLessNovelAndNarrower() throws IOException {
        Manifest written = JobFiles.manifest(dir.resolve("model"));

        for (Manifest.Metrics[] pair : new Manifest.Metrics[][] {{written.model(), written.baseline()},
                {written.timeAwareModel(), written.timeAwareBaseline()}}) {
            assertThat(pair[0].novelty()).isGreaterThan(pair[1].novelty());
            assertThat(pair[0].coverage()).isGreaterThan(pair[1].coverage() * 5);
            assertThat(pair[0].intraListDiversity()).isBetween(0.0, 1.0);
            assertThat(pair[1].intraListDiversity()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void theWebAppCanLoadTheItemFactorsAndThePopularList() throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("model").resolve(ModelLayout.ITEM_FACTORS))) {
            ItemFactors factors = ItemFactors.readFrom(in);
            assertThat(factors.implicit()).isTrue();
            assertThat(factors.rank()).isEqualTo(48);
            assertThat(factors.size()).isEqualTo((int) manifest.counts().movies());
        }
        try (InputStream in = Files.newInputStream(dir.resolve("model").resolve(ModelLayout.POPULAR))) {
            List<PopularMovie> popular = PopularMovie.readAll(in);
            assertThat(popular).hasSize(1000);
            assertThat(popular.get(0).movieId()).as("Forrest Gump, the most rated").isEqualTo(356);
            assertThat(popular.get(0).score()).isEqualTo(1.0);
        }
    }

    private static List<Integer> movieIds(long userId) {
        return recommendations.get(userId).items().stream().map(RecommendationList.Scored::movieId).toList();
    }

    private static List<Integer> ids(int[] movieIds) {
        return java.util.Arrays.stream(movieIds).boxed().toList();
    }
}
