package io.movierecs.job;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;

import io.movierecs.contracts.Manifest;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Judges a model and the popularity baseline on the same split: rating error where the model
 * predicts ratings, ranking quality at {@value #K} for both, with each user's training movies
 * removed before ranking.
 */
final class Evaluation {
    static final int K = 10;
    /** Shrinks a rarely rated movie's mean toward the global mean in the baseline's predictions. */
    private static final double BASELINE_DAMPING = 5;
    private static final StructType METRICS_SCHEMA = new StructType()
            .add("precision", DataTypes.DoubleType).add("recall", DataTypes.DoubleType)
            .add("ndcg", DataTypes.DoubleType).add("ap", DataTypes.DoubleType)
            .add("novelty", DataTypes.DoubleType, true).add("diversity", DataTypes.DoubleType, true);

    private final Dataset<Row> train;
    private final Dataset<Row> test;
    private final Dataset<Row> users;
    private final Dataset<Row> relevant;
    private final long catalogue;
    private final GenreRanking genres;
    private final ItemScorer.Blend blend;
    private final Popularity popularity;
    private final BeyondAccuracy beyondAccuracy;

    /** @param genres the movies' genres and the weight; the shares come from {@code train} */
    Evaluation(Dataset<Row> train, Dataset<Row> test, MovieGenres genres, double genreWeight) {
        this(train, test, genres, genreWeight, ItemScorer.Blend.NONE);
    }

    /** @param blend the item-item model (from {@code train}) and its share of the lists */
    Evaluation(Dataset<Row> train, Dataset<Row> test, MovieGenres genres, double genreWeight, ItemScorer.Blend blend) {
        this.train = train;
        this.blend = blend;
        this.genres = GenreRanking.of(genres, train, genreWeight);
        this.test = test;
        this.relevant = test.groupBy(AlsTrainer.USER).agg(collect_set(AlsTrainer.MOVIE).as("relevant"));
        this.users = Recommendations.seenByUser(train).join(relevant.select(AlsTrainer.USER), AlsTrainer.USER).cache();
        this.popularity = Popularity.of(train);
        this.catalogue = popularity.movies();
        this.beyondAccuracy = popularity.beyondAccuracy(train.select(AlsTrainer.USER).distinct().count(), genres);
    }

    record Result(Manifest.Metrics model, Manifest.Metrics baseline) {
    }

    Result evaluate(ALSModel model, boolean implicit) {
        Manifest.Metrics modelRanking = ranking(Recommendations.fromModel(model, genres, blend, users, K));
        Manifest.Metrics baselineRanking = baselineRanking();
        if (implicit) {
            return new Result(modelRanking, baselineRanking);
        }
        Row errors = errors(model);
        return new Result(withErrors(modelRanking, value(errors, 0), value(errors, 1)),
                withErrors(baselineRanking, value(errors, 2), value(errors, 3)));
    }

    /** The most rated unseen movies in the training part, ranked like a model's lists. */
    Manifest.Metrics baselineRanking() {
        return ranking(Recommendations.fromPopularity(popularity, users, K));
    }

    /** What tuning maximises: NDCG@10 for implicit preference, minus RMSE for explicit ratings. */
    double score(ALSModel model, boolean implicit) {
        return implicit ? ndcg(model, genres.weight(), blend.weight()) : -value(errors(model), 0);
    }

    /** NDCG@10 of the model's lists ranked with other genre and item-item weights (shares and neighbours from the same split). */
    double ndcg(ALSModel model, double genreWeight, double neighbourWeight) {
        return ndcg(model, genreWeight, new ItemScorer.Blend(blend.neighbours(), neighbourWeight));
    }

    /** As above, blended with another item-item model (built from the same training part). */
    double ndcg(ALSModel model, double genreWeight, ItemScorer.Blend other) {
        return ranking(Recommendations.fromModel(model, genres.withWeight(genreWeight), other, users, K)).ndcgAt10();
    }

    void release() {
        users.unpersist();
    }

    /** Ranking, coverage, novelty and diversity of {@code recommended} ({@code user, movieIds, scores}) lists. */
    Manifest.Metrics ranking(Dataset<Row> lists) {
        // Scoring every movie for every user is the costly part: once, for both passes below.
        Dataset<Row> recommended = lists.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return ranking(recommended, beyondAccuracy);
        } finally {
            recommended.unpersist();
        }
    }

    private Manifest.Metrics ranking(Dataset<Row> recommended, BeyondAccuracy beyond) {
        Dataset<Row> lists = recommended.join(relevant, AlsTrainer.USER)
                .select(col(Recommendations.MOVIE_IDS), col("relevant"));
        JavaRDD<Row> perUser = lists.javaRDD().map(row -> {
            int[] recommendedIds = ints(row.getList(0));
            RankingMetrics metrics = RankingMetrics.at(K, recommendedIds, ints(row.getList(1)));
            return RowFactory.create(metrics.precision(), metrics.recall(), metrics.ndcg(), metrics.averagePrecision(),
                    orNull(beyond.novelty(recommendedIds)), orNull(beyond.intraListDiversity(recommendedIds)));
        });
        Row means = train.sparkSession().createDataFrame(perUser, METRICS_SCHEMA)
                .agg(avg("precision"), avg("recall"), avg("ndcg"), avg("ap"), avg("novelty"), avg("diversity")).first();
        long covered = recommended.select(explode(col(Recommendations.MOVIE_IDS))).distinct().count();
        return new Manifest.Metrics(null, null, value(means, 0), value(means, 1), value(means, 2), value(means, 3),
                catalogue == 0 ? 0 : (double) covered / catalogue, nullable(means, 4),
                beyond.knowsGenres() ? nullable(means, 5) : null);
    }

    /** RMSE and MAE of the model, then of damped movie means, on the held-out ratings the model can predict. */
    private Row errors(ALSModel model) {
        Row global = train.agg(avg(AlsTrainer.RATING), min(AlsTrainer.RATING), max(AlsTrainer.RATING)).first();
        double globalMean = global.isNullAt(0) ? 0 : global.getDouble(0);
        Dataset<Row> movieMeans = train.groupBy(AlsTrainer.MOVIE).agg(
                sum(AlsTrainer.RATING).plus(lit(BASELINE_DAMPING * globalMean))
                        .divide(count("*").plus(lit(BASELINE_DAMPING))).as("baseline"));
        // A predicted rating off the scale is read as the scale's end, as a rating form would show it.
        Dataset<Row> predictions = model.transform(test)
                .withColumn("prediction", greatest(least(col("prediction"), lit(global.get(2))), lit(global.get(1))))
                .join(movieMeans, AlsTrainer.MOVIE);
        return predictions.agg(
                sqrt(avg(pow(col("prediction").minus(col(AlsTrainer.RATING)), 2))),
                avg(abs(col("prediction").minus(col(AlsTrainer.RATING)))),
                sqrt(avg(pow(col("baseline").minus(col(AlsTrainer.RATING)), 2))),
                avg(abs(col("baseline").minus(col(AlsTrainer.RATING))))).first();
    }

    private static Manifest.Metrics withErrors(Manifest.Metrics ranking, double rmse, double mae) {
        return new Manifest.Metrics(rmse, mae, ranking.precisionAt10(), ranking.recallAt10(), ranking.ndcgAt10(),
                ranking.map(), ranking.coverage(), ranking.novelty(), ranking.intraListDiversity());
    }

    private static double value(Row row, int index) {
        return row.isNullAt(index) ? 0 : row.getDouble(index);
    }

    private static Double nullable(Row row, int index) {
        return row.isNullAt(index) ? null : row.getDouble(index);
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
