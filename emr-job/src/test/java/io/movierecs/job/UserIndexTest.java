package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class UserIndexTest extends SparkTestSession {

    /** MovieLens users 1, 3 and 7; app users 3 and 1000, the first with the same id as a MovieLens user. */
    private static final Object[][] MOVIELENS = {{1L, 10, 4f, 100L}, {7L, 10, 3f, 100L}, {3L, 20, 5f, 100L}};
    private static final Object[][] APP = {{1000L, 20, 4.5f, 200L}, {3L, 10, 2f, 300L}, {1000L, 30, 1f, 400L}};

    @Test
    void appUsersAreNumberedAfterTheLargestMovieLensUserAndMapBackToTheirOwnIds() {
        UserIndex index = UserIndex.of(input(MOVIELENS), input(APP));

        assertThat(index.appUsers()).isEqualTo(2);
        // MovieLens ids end at 7: app users 3 and 1000, in id order, train as 8 and 9
        assertThat(index.isAppUser(7)).isFalse();
        assertThat(index.isAppUser(8)).isTrue();
        assertThat(index.externalId(8)).isEqualTo(3);
        assertThat(index.externalId(9)).isEqualTo(1000);
        assertThat(index.externalId(3)).as("MovieLens user 3, kept apart from app user 3").isEqualTo(-3);
    }

    @Test
    void bothSourcesBecomeOneFrameOfAlsIds() {
        UserIndex index = UserIndex.of(input(MOVIELENS), input(APP));

        Dataset<Row> ratings = index.toAlsRatings(input(MOVIELENS), input(APP));

        assertThat(Arrays.stream(ratings.schema().fields()).map(field -> field.name() + " " + field.dataType().simpleString()))
                .containsExactly("user int", "movieId int", "rating float", "timestamp bigint");
        assertThat(ratings.orderBy(AlsTrainer.USER, AlsTrainer.MOVIE).collectAsList()).map(Row::toString).containsExactly(
                "[1,10,4.0,100]", "[3,20,5.0,100]", "[7,10,3.0,100]", "[8,10,2.0,300]", "[9,20,4.5,200]", "[9,30,1.0,400]");
    }

    @Test
    void refusesUserIdsThatDoNotFitAlsIntegers() {
        Dataset<Row> movielens = input(new Object[][] {{Integer.MAX_VALUE - 1L, 10, 4f, 100L}});

        assertThatThrownBy(() -> UserIndex.of(movielens, input(new Object[][] {{5L, 10, 4f, 100L}})))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("do not fit ALS's integer ids");
    }

    /** Rows as the sources read them: {@code (userId long, movieId int, rating float, timestamp long)}. */
    private static Dataset<Row> input(Object[][] rows) {
        return spark.createDataFrame(Arrays.stream(rows).map(RowFactory::create).toList(), RatingsSource.CSV_SCHEMA);
    }
}
