package io.movierecs.job;

import io.movierecs.contracts.RecommendationList;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Where the per-user top-N goes: a DynamoDB table or a JSON Lines file. */
interface RecommendationSink {
    /** What every sink receives: {@code (userId long, movieIds array<int>, scores array<float>)}, best first. */
    StructType SCHEMA = new StructType()
            .add("userId", DataTypes.LongType, false)
            .add(Recommendations.MOVIE_IDS, DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add(Recommendations.SCORES, DataTypes.createArrayType(DataTypes.FloatType, false), false);

    /** @return how many users' lists were written */
    long write(Dataset<Row> recommendations, String runId, String generatedAt);

    String describe();

    static RecommendationList toList(Row row, String runId, String generatedAt) {
        List<Integer> movieIds = row.getList(1);
        List<Float> scores = row.getList(2);
        List<RecommendationList.Scored> items = new ArrayList<>(movieIds.size());
        for (int i = 0; i < movieIds.size(); i++) {
            // Through the float's shortest decimal form, so 0.1f is written as 0.1, not 0.10000000149.
            items.add(new RecommendationList.Scored(movieIds.get(i), Double.parseDouble(Float.toString(scores.get(i)))));
        }
        return new RecommendationList(row.getLong(0), runId, generatedAt, items);
    }
}
