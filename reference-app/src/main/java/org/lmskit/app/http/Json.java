package org.lmskit.app.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.lmskit.core.domain.Decimals;

/**
 * The one JSON configuration of the app: exact decimals, ISO instants, and a strict reader. Unknown fields,
 * repeated fields, fractions where a whole number is expected and dates that are date-times are refused;
 * a number longer than {@link #MAX_NUMBER_LENGTH} characters, or a decimal whose magnitude no field of lmskit
 * could take, is refused while parsing, before any arithmetic.
 */
public final class Json {
    /** The longest number a body may hold, in characters. */
    public static final int MAX_NUMBER_LENGTH = Decimals.MAX_TEXT_LENGTH;
    /** The longest string a body may hold, in characters (the longest free text lmskit stores is 10,000). */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The deepest nesting of objects and arrays a body may hold. */
    public static final int MAX_NESTING = 32;

    private Json() {
    }

    public static ObjectMapper mapper() {
        SimpleModule strict = new SimpleModule("lmskit-strict")
                .addDeserializer(BigDecimal.class, new BoundedDecimal())
                .addDeserializer(Instant.class, IsoText.instants())
                .addDeserializer(LocalDate.class, IsoText.dates());
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(strict)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .build();
        // a JSON number or boolean is not text: "theme": 12 is refused, not read as "12"
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNestingDepth(MAX_NESTING)
                .build());
        return mapper;
    }

    /**
     * A decimal from a JSON number or a numeric string ({@code "11.995"}), refused when longer than
     * {@link #MAX_NUMBER_LENGTH} or beyond what any lmskit field takes ({@link Decimals#MAX_PRECISION} digits,
     * magnitude within 10^±{@link Decimals#MAX_MAGNITUDE}, {@link Decimals#fitsAnyField}). Each field's own
     * range and scale are checked by lms-core.
     */
    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {
        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text;
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                text = p.getText();
            } else if (p.hasToken(JsonToken.VALUE_STRING)) {
                text = p.getText().trim();
                if (text.length() > MAX_NUMBER_LENGTH) {
                    throw InvalidFormatException.from(p, "must be a number of at most " + MAX_NUMBER_LENGTH
                            + " characters", null, BigDecimal.class);
                }
            } else {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw InvalidFormatException.from(p, "must be a number", null, BigDecimal.class);
            }
            if (!Decimals.fitsAnyField(value)) {
                throw InvalidFormatException.from(p, "must be a number of at most " + Decimals.MAX_PRECISION
                        + " significant digits, between -10^" + Decimals.MAX_MAGNITUDE + " and 10^"
                        + Decimals.MAX_MAGNITUDE, null, BigDecimal.class);
            }
            return value;
        }
    }

    /**
     * A value read from an ISO-8601 string only (no number, no lenient parsing, a bounded length): an instant
     * with an offset ({@code 2026-11-24T09:00:00Z}) or a date ({@code 2026-11-24}), where a date-time is
     * refused, not truncated.
     */
    static final class IsoText<T> extends StdScalarDeserializer<T> {
        private final Class<T> type;
        private final int maxLength;
        private final java.util.function.Function<String, T> parse;
        private final String expected;

        IsoText(Class<T> type, int maxLength, java.util.function.Function<String, T> parse, String expected) {
            super(type);
            this.type = type;
            this.maxLength = maxLength;
            this.parse = parse;
            this.expected = expected;
        }

        static IsoText<Instant> instants() {
            return new IsoText<>(Instant.class, 40,
                    text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
                    "must be an ISO-8601 instant such as 2026-11-24T09:00:00Z");
        }

        static IsoText<LocalDate> dates() {
            return new IsoText<>(LocalDate.class, 20, text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE),
                    "must be a date such as 2026-11-24");
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(type, p);
            }
            String text = p.getText();
            try {
                if (text.length() <= maxLength) {
                    return parse.apply(text);
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            throw InvalidFormatException.from(p, expected, null, type);
        }
    }
}
