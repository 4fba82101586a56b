package io.movierecs.web.serving;

import io.micronaut.json.JsonMapper;
import io.movierecs.contracts.GenreAffinity;
import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.contracts.PopularMovie;
import io.movierecs.web.models.ModelStore;
import io.movierecs.web.movies.MovieCatalogue;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Reads one run's artefacts from the model store into a {@link LoadedModel}, all or nothing. */
@Singleton
class ModelLoader {
    private final ModelStore store;
    private final JsonMapper json;
    private final MovieCatalogue catalogue;

    ModelLoader(ModelStore store, JsonMapper json, MovieCatalogue catalogue) {
        this.store = store;
        this.json = json;
        this.catalogue = catalogue;
    }

    /** @throws IOException or a runtime exception when an artefact is missing, corrupt or unreachable */
    LoadedModel load(ServedRun run) throws IOException {
        String prefix = run.modelPrefix();
        Manifest manifest;
        try (InputStream in = store.open(prefix + "/" + ModelLayout.MANIFEST)) {
            manifest = json.readValue(in, Manifest.class);
        }
        if (manifest == null || manifest.runId() == null || manifest.parameters() == null
                || manifest.itemFactors() == null || manifest.popular() == null) {
            throw new IOException(ModelLayout.MANIFEST + " is incomplete");
        }
        if (!manifest.runId().equals(run.runId())) {
            throw new IOException("its manifest names run " + manifest.runId());
        }
        ItemFactors factors;
        try (InputStream in = store.open(prefix + "/" + manifest.itemFactors())) {
            factors = ItemFactors.readFrom(in);
        }
        List<PopularMovie> popular;
        try (InputStream in = store.open(prefix + "/" + manifest.popular())) {
            popular = PopularMovie.readAll(in);
        }
        return LoadedModel.of(manifest, factors, popular, genres(prefix, manifest, factors));
    }

    /** The job's genre step, when the run ranked with one: each model row's genres as a mask. */
    private LoadedModel.Genres genres(String prefix, Manifest manifest, ItemFactors factors) throws IOException {
        String key = prefix + "/" + ModelLayout.GENRES;
        if (manifest.parameters().genreWeight() <= 0 || !store.exists(key)) {
            return LoadedModel.Genres.NONE;
        }
        GenreAffinity affinity;
        try (InputStream in = store.open(key)) {
            affinity = GenreAffinity.readFrom(in);
        }
        Map<Integer, List<String>> genres = catalogue.genresById();
        int[] masks = new int[factors.size()];
        for (int row = 0; row < masks.length; row++) {
            masks[row] = affinity.mask(genres.getOrDefault(factors.movieId(row), List.of()));
        }
        return new LoadedModel.Genres(affinity, masks, manifest.parameters().genreWeight());
    }
}
