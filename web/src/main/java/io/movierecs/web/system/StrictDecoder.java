package io.movierecs.web.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A decoder that reads each value only from its own JSON type. Serde's Jackson decoder coerces:
 * {@code true} becomes 1, {@code [4]} becomes 4, {@code "4"} becomes 4 and 4 becomes "4", so a
 * client's mistake was stored as if it were meant. Here a number is only read from a number, a
 * string from a string, a boolean from a boolean; anything else is a 400. No string may hold
 * control characters ({@link PlainText}).
 *
 * <p>It looks at the next token through the parser it shares with the delegate:
 * {@link Decoder#decodeNull()} makes the delegate peek, which leaves that token current in the parser.
 */
final class StrictDecoder implements Decoder {

    private final Decoder delegate;
    private final JsonParser parser;

    StrictDecoder(Decoder delegate, JsonParser parser) {
        this.delegate = delegate;
        this.parser = parser;
    }

    /** The next value's token without consuming it; a null is consumed and answered as VALUE_NULL. */
    private JsonToken peek() throws IOException {
        return delegate.decodeNull() ? JsonToken.VALUE_NULL : parser.currentToken();
    }

    private JsonToken expect(String what, boolean nullable, JsonToken... allowed) throws IOException {
        JsonToken token = peek();
        if (token == JsonToken.VALUE_NULL && nullable) {
            return token;
        }
        for (JsonToken candidate : allowed) {
            if (candidate == token) {
                return token;
            }
        }
        throw delegate.createDeserializationException("expected " + what + ", not " + describe(token), null);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private boolean integer(boolean nullable) throws IOException {
        return expect("a whole number", nullable, JsonToken.VALUE_NUMBER_INT) != JsonToken.VALUE_NULL;
    }

    private boolean number(boolean nullable) throws IOException {
        return expect("a number", nullable, JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT)
                != JsonToken.VALUE_NULL;
    }

    private boolean string(boolean nullable) throws IOException {
        return expect("a string", nullable, JsonToken.VALUE_STRING) != JsonToken.VALUE_NULL;
    }

    private boolean bool(boolean nullable) throws IOException {
        return expect("true or false", nullable, JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE) != JsonToken.VALUE_NULL;
    }

    @Override
    public Decoder decodeArray(Argument<?> type) throws IOException {
        expect("an array", false, JsonToken.START_ARRAY);
        return new StrictDecoder(delegate.decodeArray(type), parser);
    }

    @Override
    public Decoder decodeArray() throws IOException {
        expect("an array", false, JsonToken.START_ARRAY);
        return new StrictDecoder(delegate.decodeArray(), parser);
    }

    @Override
    public Decoder decodeObject(Argument<?> type) throws IOException {
        expect("an object", false, JsonToken.START_OBJECT);
        return new StrictDecoder(delegate.decodeObject(type), parser);
    }

    @Override
    public Decoder decodeObject() throws IOException {
        expect("an object", false, JsonToken.START_OBJECT);
        return new StrictDecoder(delegate.decodeObject(), parser);
    }

    @Override
    public boolean hasNextArrayValue() throws IOException {
        return delegate.hasNextArrayValue();
    }

    @Override
    public String decodeKey() throws IOException {
        return delegate.decodeKey();
    }

    @Override
    public String decodeString() throws IOException {
        string(false);
        return plain(delegate.decodeString());
    }

    @Override
    public String decodeStringNullable() throws IOException {
        return string(true) ? plain(delegate.decodeString()) : null;
    }

    private String plain(String text) throws IOException {
        if (!PlainText.isPlain(text)) {
            throw delegate.createDeserializationException("text " + PlainText.MESSAGE, null);
        }
        return text;
    }

    @Override
    public boolean decodeBoolean() throws IOException {
        bool(false);
        return delegate.decodeBoolean();
    }

    @Override
    public Boolean decodeBooleanNullable() throws IOException {
        return bool(true) ? delegate.decodeBoolean() : null;
    }

    @Override
    public byte decodeByte() throws IOException {
        integer(false);
        return delegate.decodeByte();
    }

    @Override
    public Byte decodeByteNullable() throws IOException {
        return integer(true) ? delegate.decodeByte() : null;
    }

    @Override
    public short decodeShort() throws IOException {
        integer(false);
        return delegate.decodeShort();
    }

    @Override
    public Short decodeShortNullable() throws IOException {
        return integer(true) ? delegate.decodeShort() : null;
    }

    @Override
    public char decodeChar() throws IOException {
        string(false);
        return delegate.decodeChar();
    }

    @Override
    public Character decodeCharNullable() throws IOException {
        return string(true) ? delegate.decodeChar() : null;
    }

    @Override
    public Number decodeNumber() throws IOException {
        number(false);
        return delegate.decodeNumber();
    }

    @Override
    public Number decodeNumberNullable() throws IOException {
        return number(true) ? delegate.decodeNumber() : null;
    }

    @Override
    public int decodeInt() throws IOException {
        integer(false);
        return delegate.decodeInt();
    }

    @Override
    public Integer decodeIntNullable() throws IOException {
        return integer(true) ? delegate.decodeInt() : null;
    }

    @Override
    public long decodeLong() throws IOException {
        integer(false);
        return delegate.decodeLong();
    }

    @Override
    public Long decodeLongNullable() throws IOException {
        return integer(true) ? delegate.decodeLong() : null;
    }

    @Override
    public float decodeFloat() throws IOException {
        number(false);
        return delegate.decodeFloat();
    }

    @Override
    public Float decodeFloatNullable() throws IOException {
        return number(true) ? delegate.decodeFloat() : null;
    }

    @Override
    public double decodeDouble() throws IOException {
        number(false);
        return delegate.decodeDouble();
    }

    @Override
    public Double decodeDoubleNullable() throws IOException {
        return number(true) ? delegate.decodeDouble() : null;
    }

    @Override
    public BigInteger decodeBigInteger() throws IOException {
        integer(false);
        return delegate.decodeBigInteger();
    }

    @Override
    public BigInteger decodeBigIntegerNullable() throws IOException {
        return integer(true) ? delegate.decodeBigInteger() : null;
    }

    @Override
    public BigDecimal decodeBigDecimal() throws IOException {
        number(false);
        return delegate.decodeBigDecimal();
    }

    @Override
    public BigDecimal decodeBigDecimalNullable() throws IOException {
        return number(true) ? delegate.decodeBigDecimal() : null;
    }

    @Override
    public byte[] decodeBinary() throws IOException {
        return delegate.decodeBinary();
    }

    @Override
    public boolean decodeNull() throws IOException {
        return delegate.decodeNull();
    }

    @Override
    public Object decodeArbitrary() throws IOException {
        return delegate.decodeArbitrary();
    }

    @Override
    public JsonNode decodeNode() throws IOException {
        return delegate.decodeNode();
    }

    @Override
    public Decoder decodeBuffer() throws IOException {
        return delegate.decodeBuffer();
    }

    @Override
    public void skipValue() throws IOException {
        delegate.skipValue();
    }

    @Override
    public void finishStructure() throws IOException {
        delegate.finishStructure();
    }

    @Override
    public void finishStructure(boolean consumeLeftElements) throws IOException {
        delegate.finishStructure(consumeLeftElements);
    }

    @Override
    public IOException createDeserializationException(String message, Object invalidValue) {
        return delegate.createDeserializationException(message, invalidValue);
    }
}
