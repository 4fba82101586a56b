package io.movierecs.web.recommendations;

import io.micronaut.json.JsonMapper;
import io.movierecs.contracts.GenreAffinity;
import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.contracts.PopularMovie;
import io.movierecs.web.models.ModelStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a model's artefacts to the model store in the job's formats (the contracts' writers and
 * the manifest's JSON), over the fixture movies: science fiction (even) and romance (odd) point
 * along different axes of an implicit rank-8 model.
 */
public final class TestModel {
    public static final int RANK = 8;

    private TestModel() {
    }

    public static String write(ModelStore store, JsonMapper json, String runId, int movies) {
        return write(store, json, runId, movies, 0);
    }

    /** With a genre weight above zero, the run also ranked by genre: the genre shares are written too. */
    public static String write(ModelStore store, JsonMapper json, String runId, int movies, double genreWeight) {
        return write(store, json, runId, movies, genreWeight, Models.manifest(runId, RANK, true, 0.1, 10.0, genreWeight));
    }

    /** As the job writes a run whose model scored {@code ndcg} and its popularity baseline {@code baselineNdcg}. */
    public static String writeScored(ModelStore store, JsonMapper json, String runId, int movies, double ndcg,
                                     double baselineNdcg) {
        Manifest plain = Models.manifest(runId, RANK, true, 0.1, 10.0, 0);
        Manifest scored = new Manifest(runId, plain.createdAt(), plain.parameters(), plain.counts(),
                new Manifest.Metrics(null, null, 0.1, 0.2, ndcg, 0.1, 0.3),
                new Manifest.Metrics(null, null, 0.05, 0.1, baselineNdcg, 0.05, 0.01),
                plain.itemFactors(), plain.popular());
        return write(store, json, runId, movies, 0, scored);
    }

    private static String write(ModelStore store, JsonMapper json, String runId, int movies, double genreWeight,
                                Manifest manifestToWrite) {
        String prefix = ModelLayout.modelPrefix(runId);
        Random random = new Random(runId.hashCode());
        int[] ids = new int[movies];
        float[] vectors = new float[movies * RANK];
        List<PopularMovie> popular = new ArrayList<>();
        for (int i = 0; i < movies; i++) {
            ids[i] = RecommendationFixtures.FIRST_MOVIE + i;
            for (int k = 0; k < RANK; k++) {
                vectors[i * RANK + k] = (float) (random.nextGaussian() * 0.05);
            }
            vectors[i * RANK + (i % 2)] += 1f;
            popular.add(PopularMovie.of(ids[i], 100 - i, 4.0, 100));
        }
        ItemFactors factors = new ItemFactors(true, RANK, ids, vectors);
        try {
            store.write(prefix + "/" + ModelLayout.ITEM_FACTORS, factors::writeTo);
            store.write(prefix + "/" + ModelLayout.POPULAR, out -> PopularMovie.writeAll(popular, out));
            if (genreWeight > 0) {
                GenreAffinity shares = new GenreAffinity(List.of("Romance", "Sci-Fi"), new double[] {0.5, 0.5});
                store.write(prefix + "/" + ModelLayout.GENRES, shares::writeTo);
            }
            byte[] manifest = json.writeValueAsBytes(manifestToWrite);
            store.write(prefix + "/" + ModelLayout.MANIFEST, out -> out.write(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prefix;
    }

    /** A complete run whose item factors file was cut short. */
    public static String writeTruncated(ModelStore store, JsonMapper json, String runId, int movies) throws IOException {
        String prefix = write(store, json, runId, movies);
        store.write(prefix + "/" + ModelLayout.ITEM_FACTORS, out -> out.write(new byte[] {'M', 'R', 'I', 'F', 0}));
        return prefix;
    }
}
