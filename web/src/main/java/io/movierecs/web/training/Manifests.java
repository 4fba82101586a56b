package io.movierecs.web.training;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.web.models.ModelStore;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the job's manifest.json: from the model store when a run ends, from the database after. */
@Singleton
@SerdeImport(Manifest.class)
@SerdeImport(Manifest.Parameters.class)
@SerdeImport(Manifest.Counts.class)
@SerdeImport(Manifest.Metrics.class)
@SerdeImport(Manifest.DroppedRows.class)
class Manifests {
    private final ModelStore store;
    private final JsonMapper json;

    Manifests(ModelStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    String manifestKey(String runId) {
        return ModelLayout.modelPrefix(runId) + "/" + ModelLayout.MANIFEST;
    }

    /** The manifest's text, checked to parse, as the database keeps it. */
    String readText(String runId) throws IOException {
        try (InputStream in = store.open(manifestKey(runId))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            parse(text);
            return text;
        }
    }

    Manifest parse(String text) throws IOException {
        if (text == null) {
            throw new IOException("no manifest recorded");
        }
        return json.readValue(text, Manifest.class);
    }
}
