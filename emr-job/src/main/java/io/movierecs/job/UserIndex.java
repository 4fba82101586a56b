package io.movierecs.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Gives every user one ALS id so that app users never collide with MovieLens users: MovieLens
 * users keep their own id, app users are numbered after the largest of them. Outputs map back:
 * an app user to the app's own id; a MovieLens user (written only with {@code --users all}) to
 * the negative of its MovieLens id, a key no app user can have.
 */
final class UserIndex implements Serializable {
    private final int appOffset;
    private final long[] appUserIds;

    private UserIndex(int appOffset, long[] appUserIds) {
        this.appOffset = appOffset;
        this.appUserIds = appUserIds;
    }

    static UserIndex of(Dataset<Row> movielens, Dataset<Row> app) {
        long largest = movielens.agg(max("userId")).first().getLong(0);
        long[] appIds = app.select("userId").distinct().collectAsList().stream()
                .mapToLong(row -> row.getLong(0)).sorted().toArray();
        if (largest + 1 + appIds.length > Integer.MAX_VALUE) {
            throw new JobFailedException("--movielens: user ids up to " + largest + " plus " + appIds.length
                    + " app users do not fit ALS's integer ids");
        }
        return new UserIndex((int) largest + 1, appIds);
    }

    int appUsers() {
        return appUserIds.length;
    }

    /** The first ALS id of an app user: MovieLens users are below it. */
    int appOffset() {
        return appOffset;
    }

    boolean isAppUser(int user) {
        return user >= appOffset;
    }

    long externalId(int user) {
        return isAppUser(user) ? appUserIds[user - appOffset] : -user;
    }

    /** Both sources as one frame of {@code (user int, movieId int, rating float, timestamp long)}. */
    Dataset<Row> toAlsRatings(Dataset<Row> movielens, Dataset<Row> app) {
        Dataset<Row> fromMovielens = movielens.select(
                col("userId").cast(DataTypes.IntegerType).as(AlsTrainer.USER), col("movieId"), col("rating"),
                col(AlsTrainer.TIME));
        Dataset<Row> fromApp = app.join(broadcast(appUserFrame(app.sparkSession())), "userId")
                .select(col(AlsTrainer.USER), col("movieId"), col("rating"), col(AlsTrainer.TIME));
        return fromMovielens.unionByName(fromApp);
    }

    /** {@code (userId long, user int)} for every app user. */
    Dataset<Row> appUserFrame(SparkSession spark) {
        List<Row> rows = new ArrayList<>(appUserIds.length);
        for (int i = 0; i < appUserIds.length; i++) {
            rows.add(RowFactory.create(appUserIds[i], appOffset + i));
        }
        StructType schema = new StructType()
                .add("userId", DataTypes.LongType, false)
                .add(AlsTrainer.USER, DataTypes.IntegerType, false);
        return spark.createDataFrame(rows, schema);
    }
}
