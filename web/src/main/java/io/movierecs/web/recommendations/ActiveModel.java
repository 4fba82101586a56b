package io.movierecs.web.recommendations;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.SerdeImport;
import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.contracts.PopularMovie;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model recommendations are computed from. A new model replaces the old one only once all its
 * artefacts have loaded; a corrupt or missing artefact leaves the previous model in use.
 */
@Singleton
@SerdeImport(Manifest.class)
@SerdeImport(Manifest.Parameters.class)
@SerdeImport(Manifest.Counts.class)
@SerdeImport(Manifest.Metrics.class)
class ActiveModel {
    private static final Logger LOG = LoggerFactory.getLogger(ActiveModel.class);

    private final ModelArtefacts artefacts;
    private final ObjectMapper json;
    private final AtomicReference<LoadedModel> current = new AtomicReference<>();
    private final Set<String> failedRuns = ConcurrentHashMap.newKeySet();

    ActiveModel(ModelArtefacts artefacts, ObjectMapper json) {
        this.artefacts = artefacts;
        this.json = json;
    }

    Optional<LoadedModel> current() {
        return Optional.ofNullable(current.get());
    }

    /** @return whether the run's model is now in use */
    synchronized boolean activate(String runId, String modelPrefix) {
        LoadedModel loaded = current.get();
        if (loaded != null && loaded.version().equals(runId)) {
            return true;
        }
        try {
            LoadedModel model = load(modelPrefix);
            if (!model.version().equals(runId)) {
                throw new IOException("manifest names run " + model.version());
            }
            current.set(model);
            LOG.info("Recommending from model {} (rank {}, {} movies, {})", runId, model.rank(), model.size(),
                    model.implicit() ? "implicit" : "explicit");
            return true;
        } catch (IOException | RuntimeException e) {
            if (failedRuns.add(runId)) {
                LOG.error("Model {} under {} could not be loaded; still recommending from {}: {}", runId, modelPrefix,
                        loaded == null ? "popular movies (no model yet)" : "model " + loaded.version(), e.toString());
            }
            return false;
        }
    }

    private LoadedModel load(String prefix) throws IOException {
        Manifest manifest;
        try (InputStream in = artefacts.open(prefix + "/" + ModelLayout.MANIFEST)) {
            manifest = json.readValue(in, Manifest.class);
        }
        if (manifest == null || manifest.parameters() == null || manifest.itemFactors() == null || manifest.popular() == null) {
            throw new IOException("manifest.json is incomplete");
        }
        ItemFactors factors;
        try (InputStream in = artefacts.open(prefix + "/" + manifest.itemFactors())) {
            factors = ItemFactors.readFrom(in);
        }
        List<PopularMovie> popular;
        try (InputStream in = artefacts.open(prefix + "/" + manifest.popular())) {
            popular = PopularMovie.readAll(in);
        }
        return LoadedModel.of(manifest, factors, popular);
    }
}
