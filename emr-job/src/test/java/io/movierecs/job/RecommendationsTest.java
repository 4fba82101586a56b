package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.movierecs.contracts.GenreAffinity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RecommendationsTest extends SparkTestSession {
    private static final StructType USER_FACTORS = new StructType()
            .add("id", DataTypes.IntegerType, false)
            .add("features", DataTypes.createArrayType(DataTypes.FloatType, false), false);

    /** User 1 rated 10 and 20, user 2 rated 10, 20 and 30, user 3 rated 10 and 40. */
    private static Dataset<Row> ratings() {
        return alsRatings(rated(1, 10, 5), rated(1, 20, 3), rated(2, 10, 4), rated(2, 20, 2), rated(2, 30, 1),
                rated(3, 10, 2), rated(3, 40, 4.5f));
    }

    @Test
    void eachUsersSeenMoviesComeWithTheirRatingsInTheSameOrder() {
        Map<Integer, List<String>> seen = new TreeMap<>();
        for (Row user : Recommendations.seenByUser(ratings()).collectAsList()) {
            List<Integer> movies = user.getList(1);
            List<Float> stars = user.getList(2);
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < movies.size(); i++) {
                pairs.add(movies.get(i) + "=" + stars.get(i));
            }
            seen.put(user.getInt(0), pairs);
        }

        assertThat(seen).containsOnlyKeys(1, 2, 3);
        assertThat(seen.get(1)).containsExactlyInAnyOrder("10=5.0", "20=3.0");
        assertThat(seen.get(2)).containsExactlyInAnyOrder("10=4.0", "20=2.0", "30=1.0");
        assertThat(seen.get(3)).containsExactlyInAnyOrder("10=2.0", "40=4.5");
    }

    @Test
    void thePopularListOfEachUserLeavesOutWhatTheyRated() {
        Dataset<Row> ratings = ratings();

        Map<Integer, List<Integer>> lists = lists(Recommendations.fromPopularity(
                Popularity.of(ratings), Recommendations.seenByUser(ratings), 2));

        // counts: 10 three, 20 two, 30 and 40 one each (40 the better rated, so first)
        assertThat(lists).containsEntry(1, List.of(40, 30)).containsEntry(2, List.of(40)).containsEntry(3, List.of(20, 30));
    }

    @Test
    void aModelsListIsTheHighestDotProductsAmongUnseenMoviesForTheUsersItKnows() {
        // rank 2: movie 10 (1, 0), 20 (0, 1), 30 (1, 1), 40 (2, -1)
        ItemScorer items = new ItemScorer(2, new int[] {10, 20, 30, 40}, new float[] {1, 0, 0, 1, 1, 1, 2, -1},
                new GenreRanking(MovieGenres.none(), GenreAffinity.none(), 0));
        // user 1 (1, 2) scores 1, 2, 3, 0; user 3 (0, 1) scores 0, 1, 1, -1; user 2 has no factors
        Dataset<Row> userFactors = spark.createDataFrame(List.of(
                RowFactory.create(1, new float[] {1, 2}), RowFactory.create(3, new float[] {0, 1})), USER_FACTORS);

        Dataset<Row> recommended = Recommendations.fromModel(items, userFactors, Recommendations.seenByUser(ratings()), 2);

        assertThat(lists(recommended)).containsOnlyKeys(1, 3)
                .containsEntry(1, List.of(30, 40))
                .as("20 and 30 tie: the lower id first").containsEntry(3, List.of(20, 30));
        Row first = recommended.where(AlsTrainer.USER + " = 1").first();
        assertThat(first.<Float>getList(2)).containsExactly(3f, 0f);
    }

    private static Map<Integer, List<Integer>> lists(Dataset<Row> recommended) {
        Map<Integer, List<Integer>> lists = new TreeMap<>();
        for (Row row : recommended.collectAsList()) {
            lists.put(row.getInt(0), row.getList(1));
        }
        return lists;
    }
}
