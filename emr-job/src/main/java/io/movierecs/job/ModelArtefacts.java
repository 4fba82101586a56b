package io.movierecs.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.movierecs.contracts.GenreAffinity;
import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.contracts.PopularMovie;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a run's files under {@code --model-out} in the formats of {@link ModelLayout}. */
final class ModelArtefacts {
    private final ArtefactStore store;

    ModelArtefacts(ArtefactStore store) {
        this.store = store;
    }

    void writeItemFactors(ItemFactors factors) {
        write(ModelLayout.ITEM_FACTORS, factors::writeTo);
    }

    void writePopular(List<PopularMovie> popular) {
        write(ModelLayout.POPULAR, out -> PopularMovie.writeAll(popular, out));
    }

    void writeGenres(GenreAffinity genres) {
        write(ModelLayout.GENRES, genres::writeTo);
    }

    /** Last of all: the manifest's presence tells readers the run is complete. */
    void writeManifest(Manifest manifest) {
        write(ModelLayout.MANIFEST, out -> new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out, manifest));
    }

    String describe(String name) {
        return store.describe(name);
    }

    private void write(String name, Content content) {
        Path file = null;
        try {
            file = Files.createTempFile("movierecs-", "-" + name);
            try (OutputStream out = Files.newOutputStream(file)) {
                content.writeTo(out);
            }
            store.put(name, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + store.describe(name), e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
