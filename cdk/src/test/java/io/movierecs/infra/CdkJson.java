package io.movierecs.infra;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** The context in cdk/cdk.json, which `cdk` commands use, so tests check what a deploy would get. */
final class CdkJson {
    private static final Path FILE = Path.of("cdk.json");

    private CdkJson() {
    }

    static Map<String, Object> context() {
        try {
            Map<String, Object> json = new ObjectMapper().readValue(FILE.toFile(), new TypeReference<>() { });
            @SuppressWarnings("unchecked")
            Map<String, Object> context = (Map<String, Object>) json.get("context");
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE.toAbsolutePath(), e);
        }
    }
}
