package io.movierecs.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Top-N per user on the executors, never containing a movie the user has seen. Results are frames
 * of {@code (user int, movieIds array<int>, scores array<float>)}, best first.
 */
final class Recommendations {
    static final String SEEN = "seen";
    static final String SEEN_RATINGS = "seenRatings";
    static final String MOVIE_IDS = "movieIds";
    static final String SCORES = "scores";
    static final StructType SCHEMA = new StructType()
            .add(AlsTrainer.USER, DataTypes.IntegerType, false)
            .add(MOVIE_IDS, DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add(SCORES, DataTypes.createArrayType(DataTypes.FloatType, false), false);

    private Recommendations() {
    }

    /**
     * {@code (user int, seen array<int>, seenRatings array<float>)}: every movie each user has rated
     * in {@code ratings} and the rating, in the same order (one list of pairs, split).
     */
    static Dataset<Row> seenByUser(Dataset<Row> ratings) {
        return ratings.groupBy(AlsTrainer.USER)
                .agg(collect_list(struct(col(AlsTrainer.MOVIE), col(AlsTrainer.RATING))).as("pairs"))
                .select(col(AlsTrainer.USER), col("pairs." + AlsTrainer.MOVIE).as(SEEN),
                        col("pairs." + AlsTrainer.RATING).as(SEEN_RATINGS));
    }

    /** Recommends from an ALS model to the users of {@code users} ({@code user, seen, seenRatings}) it knows. */
    static Dataset<Row> fromModel(ALSModel model, GenreRanking genres, ItemScorer.Blend blend, Dataset<Row> users, int n) {
        return fromModel(ItemScorer.of(model, genres, blend), model.userFactors(), users, n);
    }

    /** As above with the model's item factors already collected and its {@code (id, features)} user factors. */
    static Dataset<Row> fromModel(ItemScorer items, Dataset<Row> userFactors, Dataset<Row> users, int n) {
        Broadcast<ItemScorer> scorer = broadcast(users, items);
        Dataset<Row> withFactors = users.join(userFactors.withColumnRenamed("id", AlsTrainer.USER), AlsTrainer.USER)
                .select(col(AlsTrainer.USER), col(SEEN), col("features"), col(SEEN_RATINGS));
        JavaRDD<Row> rows = withFactors.javaRDD().mapPartitions((Iterator<Row> partition) -> {
            ItemScorer local = scorer.value();
            ItemScorer.Scratch scratch = local.scratch();
            List<Row> out = new ArrayList<>();
            while (partition.hasNext()) {
                Row user = partition.next();
                out.add(toRow(user.getInt(0), local.top(floats(user.getList(2)), ints(user.getList(1)),
                        floats(user.getList(3)), n, scratch)));
            }
            return out.iterator();
        });
        return users.sparkSession().createDataFrame(rows, SCHEMA);
    }

    /** Recommends the most popular unseen movies to every user of {@code users}. */
    static Dataset<Row> fromPopularity(Popularity popularity, Dataset<Row> users, int n) {
        Broadcast<Popularity> ranking = broadcast(users, popularity);
        JavaRDD<Row> rows = users.select(AlsTrainer.USER, SEEN).javaRDD().map(user ->
                toRow(user.getInt(0), ranking.value().top(ints(user.getList(1)), n)));
        return users.sparkSession().createDataFrame(rows, SCHEMA);
    }

    private static <T> Broadcast<T> broadcast(Dataset<Row> frame, T value) {
        return JavaSparkContext.fromSparkContext(frame.sparkSession().sparkContext()).broadcast(value);
    }

    private static Row toRow(int user, TopN top) {
        return RowFactory.create(user, top.movieIds(), top.scores());
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static float[] floats(List<? extends Number> values) {
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i).floatValue();
        }
        return array;
    }
}
