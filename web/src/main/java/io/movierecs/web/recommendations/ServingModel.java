package io.movierecs.web.recommendations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.movierecs.contracts.GenreAffinity;
import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.contracts.PopularMovie;
import io.movierecs.web.models.ModelActivated;
import io.movierecs.web.models.ModelStore;
import io.movierecs.web.movies.MovieCatalogue;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model recommendations are computed from, loaded from the model store whenever a model is
 * activated (and at start-up). A new model replaces the old one only once all its artefacts have
 * loaded; a corrupt or missing artefact leaves the previous model in use and is logged once.
 */
@Singleton
class ServingModel {
    private static final Logger LOG = LoggerFactory.getLogger(ServingModel.class);

    private final ModelStore store;
    private final JsonMapper json;
    private final MovieCatalogue catalogue;
    private final AtomicReference<LoadedModel> current = new AtomicReference<>();
    private final Set<String> failedRuns = ConcurrentHashMap.newKeySet();

    ServingModel(ModelStore store, JsonMapper json, MovieCatalogue catalogue) {
        this.store = store;
        this.json = json;
        this.catalogue = catalogue;
    }

    Optional<LoadedModel> current() {
        return Optional.ofNullable(current.get());
    }

    @EventListener
    void onModelActivated(ModelActivated event) {
        activate(event.runId(), event.modelPrefix());
    }

    /** @return whether the run's model is now in use */
    synchronized boolean activate(String runId, String modelPrefix) {
        LoadedModel serving = current.get();
        if (serving != null && serving.version().equals(runId)) {
            return true;
        }
        try {
            LoadedModel model = load(modelPrefix);
            if (!model.version().equals(runId)) {
                throw new IOException("its manifest names run " + model.version());
            }
            current.set(model);
            LOG.info("Recommending from model {} (rank {}, {} movies, {})", runId, model.rank(), model.size(),
                    model.implicit() ? "implicit" : "explicit");
            return true;
        } catch (IOException | RuntimeException e) {
            if (failedRuns.add(runId)) {
                LOG.error("Model {} under {} could not be loaded, so recommendations still come from {}: {}", runId,
                        modelPrefix, serving == null ? "popular movies (no model yet)" : "model " + serving.version(),
                        e.toString());
            }
            return false;
        }
    }

    private LoadedModel load(String prefix) throws IOException {
        Manifest manifest;
        try (InputStream in = store.open(prefix + "/" + ModelLayout.MANIFEST)) {
            manifest = json.readValue(in, Manifest.class);
        }
        if (manifest == null || manifest.runId() == null || manifest.parameters() == null
                || manifest.itemFactors() == null || manifest.popular() == null) {
            throw new IOException(ModelLayout.MANIFEST + " is incomplete");
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
