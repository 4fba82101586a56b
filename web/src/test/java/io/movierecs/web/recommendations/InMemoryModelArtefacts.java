package io.movierecs.web.recommendations;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Singleton
@Requires(env = "test")
class InMemoryModelArtefacts implements ModelArtefacts {
    final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public InputStream open(String key) throws FileNotFoundException {
        byte[] content = files.get(key);
        if (content == null) {
            throw new FileNotFoundException(key);
        }
        return new ByteArrayInputStream(content);
    }
}
