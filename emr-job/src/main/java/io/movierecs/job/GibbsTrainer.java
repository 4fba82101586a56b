package io.movierecs.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The explicit model where the ratings fit on the driver: {@link GibbsFactorization} run for
 * {@link #SWEEPS} sweeps, the draws after the first {@link #BURN_IN} averaged (ml-100k u1-u5 RMSE
 * 0.898 against Spark ALS's 0.920, see the README). The averages go into an {@link ALSModel} of
 * rank + 2, user {@code [u, mean + bu, 1]} and movie {@code [v, 1, bi]}, so its dot product is the
 * rating prediction and Spark's {@code transform}, the job's lists and the web app's fold-in use it
 * as they use ALS's factors. Above {@link #MAX_RATINGS} ratings the job trains Spark's ALS instead.
 */
final class GibbsTrainer {
    /** About 1.5 GB of driver work per sweep at rank 32 and 16 bytes a rating: minutes, not hours. */
    static final long MAX_RATINGS = 2_000_000;
    static final int SWEEPS = 200;
    static final int BURN_IN = 50;
    private static final StructType FACTORS_SCHEMA = new StructType()
            .add("id", DataTypes.IntegerType, false)
            .add("features", DataTypes.createArrayType(DataTypes.FloatType, false), false);

    private GibbsTrainer() {
    }

    /** @param ratings {@code (user, movieId, rating, ...)}, at most {@link #MAX_RATINGS} */
    static ALSModel fit(Dataset<Row> ratings, Hyperparameters parameters) {
        LocalRatings local = LocalRatings.collect(ratings);
        Averages averages = sample(local, parameters.rank(), parameters.seed(), SWEEPS, BURN_IN);
        return toModel(ratings, averages, local.userIds(), local.movieIds(), parameters.rank());
    }

    /** The average of each user's and movie's {@code (bias, factors)} over the draws after {@code burnIn}. */
    static Averages sample(LocalRatings ratings, int rank, long seed, int sweeps, int burnIn) {
        GibbsFactorization chain = new GibbsFactorization(ratings.users(), ratings.movies(), ratings.values(),
                ratings.userIds().length, ratings.movieIds().length, rank, seed);
        double[] users = new double[chain.users().length];
        double[] movies = new double[chain.movies().length];
        for (int sweep = 0; sweep < sweeps; sweep++) {
            chain.sweep(sweep);
            if (sweep >= burnIn) {
                add(chain.users(), users);
                add(chain.movies(), movies);
            }
        }
        int kept = Math.max(1, sweeps - burnIn);
        scale(users, 1.0 / kept);
        scale(movies, 1.0 / kept);
        return new Averages(chain.mean(), users, movies, chain.width());
    }

    /** Posterior means: {@code width} values (bias, then factors) per user and per movie. */
    record Averages(double mean, double[] users, double[] movies, int width) {
        /** User {@code [u, mean + bu, 1]}: the bias rides on the movie's constant. */
        float[] userVector(int user) {
            float[] vector = new float[width + 1];
            for (int k = 1; k < width; k++) {
                vector[k - 1] = (float) users[user * width + k];
            }
            vector[width - 1] = (float) (mean + users[user * width]);
            vector[width] = 1f;
            return vector;
        }

        /** Movie {@code [v, 1, bi]}. */
        float[] movieVector(int movie) {
            float[] vector = new float[width + 1];
            for (int k = 1; k < width; k++) {
                vector[k - 1] = (float) movies[movie * width + k];
            }
            vector[width - 1] = 1f;
            vector[width] = (float) movies[movie * width];
            return vector;
        }
    }

    /** Ratings on the driver with dense indices; {@code userIds[users[i]]} rated {@code movieIds[movies[i]]}. */
    record LocalRatings(int[] users, int[] movies, float[] values, int[] userIds, int[] movieIds) {
        static LocalRatings collect(Dataset<Row> ratings) {
            Dataset<Row> triples = ratings.select(AlsTrainer.USER, AlsTrainer.MOVIE, AlsTrainer.RATING);
            int size = Math.toIntExact(triples.count());
            int[] users = new int[size];
            int[] movies = new int[size];
            float[] values = new float[size];
            Iterator<Row> rows = triples.toLocalIterator();
            int filled = 0;
            while (rows.hasNext() && filled < size) {
                Row row = rows.next();
                users[filled] = row.getInt(0);
                movies[filled] = row.getInt(1);
                values[filled] = ((Number) row.get(2)).floatValue();
                filled++;
            }
            return of(Arrays.copyOf(users, filled), Arrays.copyOf(movies, filled), Arrays.copyOf(values, filled));
        }

        /** From external ids, which become indices in their ascending order. */
        static LocalRatings of(int[] userColumn, int[] movieColumn, float[] values) {
            int[] userIds = Arrays.stream(userColumn).distinct().sorted().toArray();
            int[] movieIds = Arrays.stream(movieColumn).distinct().sorted().toArray();
            int[] users = new int[userColumn.length];
            int[] movies = new int[movieColumn.length];
            for (int i = 0; i < users.length; i++) {
                users[i] = Arrays.binarySearch(userIds, userColumn[i]);
                movies[i] = Arrays.binarySearch(movieIds, movieColumn[i]);
            }
            return new LocalRatings(users, movies, values, userIds, movieIds);
        }
    }

    private static ALSModel toModel(Dataset<Row> ratings, Averages averages, int[] userIds, int[] movieIds, int rank) {
        List<Row> users = new ArrayList<>(userIds.length);
        for (int user = 0; user < userIds.length; user++) {
            users.add(RowFactory.create(userIds[user], averages.userVector(user)));
        }
        List<Row> movies = new ArrayList<>(movieIds.length);
        for (int movie = 0; movie < movieIds.length; movie++) {
            movies.add(RowFactory.create(movieIds[movie], averages.movieVector(movie)));
        }
        Dataset<Row> userFactors = ratings.sparkSession().createDataFrame(users, FACTORS_SCHEMA).cache();
        Dataset<Row> movieFactors = ratings.sparkSession().createDataFrame(movies, FACTORS_SCHEMA).cache();
        return new ALSModel("gibbs-" + rank, rank + 2, userFactors, movieFactors)
                .setUserCol(AlsTrainer.USER).setItemCol(AlsTrainer.MOVIE).setColdStartStrategy("drop");
    }

    private static void add(double[] draw, double[] sums) {
        for (int i = 0; i < draw.length; i++) {
            sums[i] += draw[i];
        }
    }

    private static void scale(double[] values, double factor) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
        }
    }
}
