package io.movierecs.web.recommendations;

import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.PopularMovie;
import io.movierecs.web.serving.LoadedModel;
import java.util.List;
import java.util.Random;

/** Small models built in memory for the recommender's pure parts. */
final class Models {

    private Models() {
    }

    static Manifest manifest(String runId, int rank, boolean implicit, double reg, double alpha) {
        return manifest(runId, rank, implicit, reg, alpha, 0);
    }

    static Manifest manifest(String runId, int rank, boolean implicit, double reg, double alpha, double genreWeight) {
        return new Manifest(runId, "2026-11-22T00:00:00Z",
                new Manifest.Parameters(rank, 10, reg, alpha, implicit, 0.2, 42, 50, false, genreWeight),
                new Manifest.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0),
                new Manifest.Metrics(null, null, 0, 0, 0, 0, 0),
                new Manifest.Metrics(null, null, 0, 0, 0, 0, 0),
                "item-factors.bin", "popular.csv");
    }

    static LoadedModel random(int movies, int rank, boolean implicit, double reg, long seed) {
        Random random = new Random(seed);
        int[] ids = new int[movies];
        float[] vectors = new float[movies * rank];
        for (int i = 0; i < movies; i++) {
            ids[i] = 1 + i * 3;
        }
        for (int k = 0; k < vectors.length; k++) {
            vectors[k] = (float) (random.nextGaussian() * 0.3);
        }
        return of(new ItemFactors(implicit, rank, ids, vectors), reg, 10.0);
    }

    static LoadedModel of(ItemFactors factors, double reg, double alpha) {
        return LoadedModel.of(manifest("run-test", factors.rank(), factors.implicit(), reg, alpha), factors,
                List.of(PopularMovie.of(factors.movieId(0), 10, 4.0, 10)));
    }
}
