package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class TimeAwareSplitTest extends SparkTestSession {
    @Test
    void eachUserHoldsOutTheLatestShareOfTheirRatingsAndAtLeastOne() {
        List<Row> rows = new ArrayList<>();
        // User 1 rated movies 1..10 at times 100..1000, in an order unlike the movie ids.
        for (int movie = 1; movie <= 10; movie++) {
            rows.add(rating(1, movie, (11 - movie) * 100L));
        }
        rows.add(rating(2, 5, 50L));
        rows.add(rating(2, 6, 40L));
        rows.add(rating(3, 7, 10L));

        Map<Integer, List<Integer>> held = heldOut(rows, 0.2);

        assertThat(held.get(1)).as("floor(0.2 x 10) = 2, the two latest").containsExactlyInAnyOrder(1, 2);
        assertThat(held.get(2)).as("two ratings: the latest one").containsExactly(5);
        assertThat(held).as("one rating stays for training").doesNotContainKey(3);
    }

    @Test
    void aShareBelowOneRatingStillHoldsOutOneAndTheBoundaryIsTheFloor() {
        List<Row> rows = new ArrayList<>();
        for (int movie = 1; movie <= 9; movie++) {
            rows.add(rating(1, movie, movie * 10L));
        }

        assertThat(heldOut(rows, 0.2).get(1)).as("floor(1.8) = 1").containsExactly(9);
        assertThat(heldOut(rows, 0.34).get(1)).as("floor(3.06) = 3").containsExactlyInAnyOrder(7, 8, 9);
    }

    @Test
    void equalTimesCountTheHigherMovieIdAsLaterAndMissingTimesAsOldest() {
        List<Row> rows = List.of(rating(1, 3, 500L), rating(1, 8, 500L), rating(1, 1, null), rating(1, 2, 100L),
                rating(1, 4, 100L));

        assertThat(heldOut(rows, 0.2).get(1)).as("the later of two at time 500").containsExactly(8);
        assertThat(heldOut(rows, 0.6).get(1)).as("then the later of two at time 100").containsExactlyInAnyOrder(8, 3, 4);
        assertThat(heldOut(List.of(rating(2, 1, null), rating(2, 2, 100L)), 0.2).get(2)).containsExactly(2);
    }

    @Test
    void trainAndTestTogetherAreTheRatingsWithTheirColumns() {
        List<Row> rows = List.of(rating(1, 1, 1L), rating(1, 2, 2L), rating(2, 3, 3L), rating(2, 4, 4L), rating(3, 5, 5L));

        TimeAwareSplit.Split split = TimeAwareSplit.of(spark.createDataFrame(rows, ALS_RATINGS), 0.2);
        try {
            assertThat(split.train().columns()).containsExactly(ALS_RATINGS.fieldNames());
            assertThat(split.train().count() + split.test().count()).isEqualTo(5);
            assertThat(split.train().union(split.test()).collectAsList()).containsExactlyInAnyOrderElementsOf(rows);
        } finally {
            split.release();
        }
    }

    private static Map<Integer, List<Integer>> heldOut(List<Row> rows, double share) {
        TimeAwareSplit.Split split = TimeAwareSplit.of(spark.createDataFrame(rows, ALS_RATINGS), share);
        try {
            return split.test().collectAsList().stream().collect(Collectors.groupingBy(row -> row.getInt(0),
                    Collectors.mapping(row -> row.getInt(1), Collectors.toList())));
        } finally {
            split.release();
        }
    }

    private static Row rating(int user, int movie, Long time) {
        return RowFactory.create(user, movie, 4f, time);
    }
}
