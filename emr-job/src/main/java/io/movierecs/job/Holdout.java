package io.movierecs.job;

import java.util.OptionalDouble;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** One holdout's verdict: a model fitted on its training part, judged with the baseline on its test part. */
record Holdout(Evaluation.Result metrics, long trainRatings, long testRatings) {

    static Holdout judge(Dataset<Row> train, Dataset<Row> test, Hyperparameters parameters, MovieGenres genres,
                         double genreWeight, OptionalDouble neighbourWeight, PhaseTimer timer) {
        ALSModel model = timer.time("fit", () -> AlsTrainer.fit(train, parameters));
        Evaluation evaluation = timer.time("evaluate", () -> new Evaluation(train, test, genres, genreWeight,
                ItemScorer.Blend.of(train, parameters.partner(), neighbourWeight)));
        try {
            Evaluation.Result metrics = timer.time("evaluate", () -> evaluation.evaluate(model, parameters.implicit()));
            return new Holdout(metrics, train.count(), test.count());
        } finally {
            evaluation.release();
        }
    }
}
