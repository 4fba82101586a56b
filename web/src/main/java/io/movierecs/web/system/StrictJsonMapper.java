package io.movierecs.web.system;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonStreamConfig;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.LimitingStream;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.jackson.JacksonDecoder;
import io.micronaut.serde.jackson.JacksonJsonMapper;
import io.micronaut.serde.jackson.JacksonObjectMapper;
import io.micronaut.serde.jackson.SerdeJacksonConfiguration;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The app's JSON mapper: writes as Serde does, reads strictly. Every JSON document the app reads
 * (request bodies, and its own stored JSON) goes through {@link StrictDecoder}, so a wrong type is
 * an error rather than a coercion; a key given twice and anything after the document are errors too.
 * Serde 2.16 (the platform's) has no setting for its coercions, hence this one place.
 */
@Singleton
@Primary
@Replaces(JacksonJsonMapper.class)
class StrictJsonMapper implements JacksonObjectMapper {

    private final JacksonJsonMapper writer;
    private final SerdeRegistry registry;
    private final LimitingStream.RemainingLimits limits;
    private final JsonFactory factory = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    StrictJsonMapper(SerdeRegistry registry, SerdeConfiguration serde, SerdeJacksonConfiguration jackson) {
        this.writer = new JacksonJsonMapper(registry, serde, jackson);
        this.registry = registry;
        this.limits = LimitingStream.limitsFromConfiguration(serde);
    }

    @Override
    public <T> T readValue(InputStream input, Argument<T> type) throws IOException {
        try (JsonParser parser = factory.createParser(input)) {
            return read(parser, type);
        }
    }

    @Override
    public <T> T readValue(byte[] bytes, Argument<T> type) throws IOException {
        try (JsonParser parser = factory.createParser(bytes)) {
            return read(parser, type);
        }
    }

    @Override
    public <T> T readValue(String string, Argument<T> type) throws IOException {
        try (JsonParser parser = factory.createParser(string)) {
            return read(parser, type);
        }
    }

    private <T> T read(JsonParser parser, Argument<T> type) throws IOException {
        Deserializer.DecoderContext context = registry.newDecoderContext(null);
        Deserializer<? extends T> deserializer = context.findDeserializer(type).createSpecific(context, type);
        StrictDecoder decoder = new StrictDecoder(JacksonDecoder.create(parser, limits), parser);
        T value = deserializer.deserialize(decoder, context, type);
        if (parser.nextToken() != null) {
            throw new SerdeException("Unexpected content after the JSON value");
        }
        return value;
    }

    @Override
    public <T> T readValueFromTree(JsonNode tree, Argument<T> type) throws IOException {
        return writer.readValueFromTree(tree, type);
    }

    @Override
    public JsonNode writeValueToTree(Object value) throws IOException {
        return writer.writeValueToTree(value);
    }

    @Override
    public <T> JsonNode writeValueToTree(Argument<T> type, T value) throws IOException {
        return writer.writeValueToTree(type, value);
    }

    @Override
    public void writeValue(OutputStream out, Object value) throws IOException {
        writer.writeValue(out, value);
    }

    @Override
    public <T> void writeValue(OutputStream out, Argument<T> type, T value) throws IOException {
        writer.writeValue(out, type, value);
    }

    @Override
    public byte[] writeValueAsBytes(Object value) throws IOException {
        return writer.writeValueAsBytes(value);
    }

    @Override
    public <T> byte[] writeValueAsBytes(Argument<T> type, T value) throws IOException {
        return writer.writeValueAsBytes(type, value);
    }

    @Override
    public JsonStreamConfig getStreamConfig() {
        return writer.getStreamConfig();
    }

    @Override
    public SerdeRegistry getSerdeRegistry() {
        return registry;
    }

    @Override
    public JacksonObjectMapper cloneWithConfiguration(SerdeJacksonConfiguration configuration) {
        return writer.cloneWithConfiguration(configuration);
    }
}
