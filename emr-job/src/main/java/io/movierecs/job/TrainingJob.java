package io.movierecs.job;

import static org.apache.spark.sql.functions.col;

import io.movierecs.contracts.InvalidJobArgumentException;
import io.movierecs.contracts.JobArguments;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.ModelLayout;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The training job: loads MovieLens and the app's ratings, trains ALS, evaluates it against the
 * popularity baseline on two holdouts (random, and each user's most recent ratings), writes each
 * user's top-N and the model artefacts, and writes {@code manifest.json} last. Run with {@code spark-submit --class io.movierecs.job.TrainingJob}.
 */
public final class TrainingJob {
    private static final int POPULAR_LIST_LENGTH = 1000;

    private TrainingJob() {
    }

    public static void main(String[] argv) {
        int status = execute(argv);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** @return the exit status: 0 done, 1 failed with a message, 2 a missing or invalid argument */
    static int execute(String[] argv) {
        JobArguments arguments;
        try {
            arguments = JobArguments.parse(argv);
        } catch (InvalidJobArgumentException e) {
            System.err.println("movierecs job: " + e.getMessage());
            System.err.println("usage: --movielens DIR --run-id ID --model-out DIR_OR_S3 (--recs-table NAME | --recs-out FILE)"
                    + " [--app-ratings FILE] [--users app|all] [--top-n N] [--rank R] [--max-iter N] [--reg L]"
                    + " [--alpha A] [--implicit true|false] [--holdout F] [--seed S] [--tune true|false]"
                    + " [--genre-weight W]");
            return 2;
        }
        SparkSession spark = SparkSession.builder().appName("movierecs-als " + arguments.runId()).getOrCreate();
        try {
            run(spark, arguments);
            return 0;
        } catch (JobFailedException e) {
            System.err.println("movierecs job failed: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }

    public static TrainingReport run(SparkSession spark, JobArguments arguments) {
        return run(spark, arguments, JobEnvironment.standard());
    }

    static TrainingReport run(SparkSession spark, JobArguments arguments, JobEnvironment environment) {
        ensureCheckpointDirectory(spark, arguments.runId());
        PhaseTimer timer = new PhaseTimer();
        RecommendationSink sink = arguments.recsTable() != null
                ? new DynamoDbSink(arguments.recsTable(), environment.dynamoDb(), environment.retry())
                : new JsonLinesSink(arguments.recsOut());

        TrainingData data = timer.time("load", () -> TrainingData.load(spark, arguments));
        MovieGenres genres = timer.time("load", () -> MovieGenres.load(spark, arguments.movielens()));
        Dataset<Row>[] split = data.ratings().randomSplit(new double[] {1 - arguments.holdout(), arguments.holdout()},
                arguments.seed());
        Dataset<Row> train = split[0].persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> test = split[1].persist(StorageLevel.MEMORY_AND_DISK());
        TimeAwareSplit.Split recent = TimeAwareSplit.of(data.ratings(), arguments.holdout());
        // The model family (Gibbs or ALS, which item-item model, how many fits) follows from all the
        // ratings, once, so the holdouts judge the same kind of model the final fit serves.
        long ratingCount = data.movielensRatings() + data.appRatings();
        Hyperparameters given = Hyperparameters.from(arguments).forCatalogue(ratingCount, data.movies());
        // Tuning compares settings on single fits; the chosen ones are then averaged like the defaults.
        Tuning.Choice choice = arguments.tune()
                ? timer.time("tune", () -> Tuning.choose(recent.withoutTest(train), given.member(0), genres,
                        arguments.genreWeight()))
                : new Tuning.Choice(given, arguments.genreWeight(), OptionalDouble.empty());
        Hyperparameters parameters = choice.parameters().forCatalogue(ratingCount, data.movies());
        double genreWeight = choice.genreWeight();
        OptionalDouble neighbourWeight = parameters.implicit() ? choice.neighbourWeight() : OptionalDouble.of(0);

        // The holdouts and the final fit need only the parameters: all three run at once.
        Holdout random;
        Holdout latest;
        ALSModel model;
        try (SideBySide beside = new SideBySide("movierecs-fit", 2)) {
            CompletableFuture<Holdout> timeAware = beside.start(
                    () -> Holdout.judge(recent.train(), recent.test(), parameters, genres, genreWeight, neighbourWeight,
                            new PhaseTimer()));
            CompletableFuture<ALSModel> full = beside.start(() -> AlsTrainer.fit(data.ratings(), parameters));
            random = Holdout.judge(train, test, parameters, genres, genreWeight, neighbourWeight, timer);
            latest = timer.time("time-aware", () -> SideBySide.join(timeAware));
            model = timer.time("fit", () -> SideBySide.join(full));
        }
        train.unpersist();
        test.unpersist();
        recent.release();

        ItemScorer items = timer.time("recommend", () -> ItemScorer.of(model, GenreRanking.of(genres, data.ratings(), genreWeight),
                ItemScorer.Blend.of(data.ratings(), parameters.partner(), neighbourWeight)));
        Dataset<Row> recommendations = timer.time("recommend", () -> recommend(data, model, items, arguments));
        String generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        long written = timer.time("write-recs", () -> sink.write(recommendations, arguments.runId(), generatedAt));

        ModelArtefacts artefacts = new ModelArtefacts(ArtefactStore.at(arguments.modelOut()));
        Manifest manifest = new Manifest(arguments.runId(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                // The factors' rank, which the web app checks them against (explicit Gibbs: 2 more, the biases).
                new Manifest.Parameters(model.rank(), parameters.maxIter(), parameters.reg(), parameters.alpha(),
                        parameters.implicit(), arguments.holdout(), arguments.seed(), arguments.topN(), arguments.tune(),
                        genreWeight),
                data.counts(random, latest, written), random.metrics().model(), random.metrics().baseline(),
                ModelLayout.ITEM_FACTORS, ModelLayout.POPULAR, data.droppedRows(), latest.metrics().model(),
                latest.metrics().baseline());
        timer.time("write-model", () -> {
            artefacts.writeItemFactors(items.toItemFactors(parameters.implicit()));
            artefacts.writePopular(Popularity.of(data.ratings()).list(POPULAR_LIST_LENGTH));
            if (!items.affinity().genres().isEmpty()) {
                artefacts.writeGenres(items.affinity());
            }
            artefacts.writeManifest(manifest);
        });
        recommendations.unpersist();
        data.release();

        TrainingReport report = new TrainingReport(manifest, timer.phases());
        System.out.println(Summary.of(report, sink.describe(), artefacts.describe(ModelLayout.MANIFEST)));
        return report;
    }

    /** {@code (userId long, movieIds, scores)} for the users {@code --users} names, cached for the sink. */
    private static Dataset<Row> recommend(TrainingData data, ALSModel model, ItemScorer items, JobArguments arguments) {
        Dataset<Row> seen = Recommendations.seenByUser(data.ratings());
        if (arguments.users() == JobArguments.Users.APP) {
            seen = seen.join(data.index().appUserFrame(seen.sparkSession()).select(col(AlsTrainer.USER)), AlsTrainer.USER);
        }
        Dataset<Row> internal = Recommendations.fromModel(items, model.userFactors(), seen, arguments.topN());
        UserIndex index = data.index();
        Dataset<Row> external = seen.sparkSession().createDataFrame(internal.javaRDD().map(row -> RowFactory.create(
                index.externalId(row.getInt(0)), row.get(1), row.get(2))), RecommendationSink.SCHEMA);
        return external.persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** ALS without checkpoints grows its lineage until the driver's stack overflows on long runs. */
    private static void ensureCheckpointDirectory(SparkSession spark, String runId) {
        if (spark.sparkContext().getCheckpointDir().isEmpty()) {
            String master = spark.sparkContext().master();
            String directory = master.startsWith("local")
                    ? Path.of(System.getProperty("java.io.tmpdir"), "movierecs-checkpoints", runId).toString()
                    : "movierecs-checkpoints/" + runId;
            spark.sparkContext().setCheckpointDir(directory);
        }
    }
}
