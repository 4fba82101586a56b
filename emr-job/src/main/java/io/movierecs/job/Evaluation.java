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
            .add("ndcg", DataTypes.DoubleType).add("ap", DataTypes.DoubleType);

    private final Dataset<Row> train;
    private final Dataset<Row> test;
    private final Dataset<Row> users;
    private final Dataset<Row> relevant;
    private final long catalogue;
    private final GenreRanking genres;

    /** @param genres the movies' genres and the weight; the shares come from {@code train} */
    Evaluation(Dataset<Row> train, Dataset<Row> test, MovieGenres genres, double genreWeight) {
        this.train = train;
        this.genres = GenreRanking.of(genres, train, genreWeight);
        this.test = test;
        this.relevant = test.groupBy(AlsTrainer.USER).agg(collect_set(AlsTrainer.MOVIE).as("relevant"));
        this.users = Recommendations.seenByUser(train).join(relevant.select(AlsTrainer.USER), AlsTrainer.USER).cache();
        this.catalogue = train.select(AlsTrainer.MOVIE).distinct().count();
    }

    record Result(Manifest.Metrics model, Manifest.Metrics baseline) {
    }

    Result evaluate(ALSModel model, boolean implicit, Popularity baseline) {
        Manifest.Metrics modelRanking = ranking(Recommendations.fromModel(model, genres, users, K));
        Manifest.Metrics baselineRanking = ranking(Recommendations.fromPopularity(baseline, users, K));
        if (implicit) {
            return new Result(modelRanking, baselineRanking);
        }
        Row errors = errors(model);
        return new Result(withErrors(modelRanking, value(errors, 0), value(errors, 1)),
                withErrors(baselineRanking, value(errors, 2), value(errors, 3)));
    }

    /** What tuning maximises: NDCG@10 for implicit preference, minus RMSE for explicit ratings. */
    double score(ALSModel model, boolean implicit) {
        return implicit ? ndcg(model, genres.weight()) : -value(errors(model), 0);
    }

    /** NDCG@10 of the model's lists ranked with another genre weight (shares from the same split). */
    double ndcg(ALSModel model, double genreWeight) {
        return ranking(Recommendations.fromModel(model, genres.withWeight(genreWeight), users, K)).ndcgAt10();
    }

    void release() {
        users.unpersist();
    }

    Manifest.Metrics ranking(Dataset<Row> recommended) {
        Dataset<Row> lists = recommended.join(relevant, AlsTrainer.USER)
                .select(col(Recommendations.MOVIE_IDS), col("relevant"));
        JavaRDD<Row> perUser = lists.javaRDD().map(row -> {
            List<Integer> recommendedIds = row.getList(0);
            List<Integer> relevantIds = row.getList(1);
            RankingMetrics metrics = RankingMetrics.at(K,
                    recommendedIds.stream().mapToInt(Integer::intValue).toArray(),
                    relevantIds.stream().mapToInt(Integer::intValue).toArray());
            return RowFactory.create(metrics.precision(), metrics.recall(), metrics.ndcg(), metrics.averagePrecision());
        });
        Row means = train.sparkSession().createDataFrame(perUser, METRICS_SCHEMA)
                .agg(avg("precision"), avg("recall"), avg("ndcg"), avg("ap")).first();
        long covered = recommended.select(explode(col(Recommendations.MOVIE_IDS))).distinct().count();
        return new Manifest.Metrics(null, null, value(means, 0), value(means, 1), value(means, 2), value(means, 3),
                catalogue == 0 ? 0 : (double) covered / catalogue);
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
                ranking.map(), ranking.coverage());
    }

    private static double value(Row row, int index) {
        return row.isNullAt(index) ? 0 : row.getDouble(index);
    }
}
