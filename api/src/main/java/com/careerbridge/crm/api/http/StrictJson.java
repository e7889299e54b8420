package com.careerbridge.crm.api.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How the API reads request bodies: a value must have the JSON type its field declares, or the request is a 400 that
 * names the field. No guessing on the client's behalf —
 * <ul>
 *   <li>no scalar coercion: {@code "true"} or {@code 1} is not a boolean, {@code "2"} is not a number, {@code true}
 *       or {@code 12} is not a text;</li>
 *   <li>enums by name only: {@code 3} (or {@code "3"}) is not {@code THURSDAY};</li>
 *   <li>a property given twice in one object is refused (which one would win is not the client's guess);</li>
 *   <li>unknown properties are refused (a misspelt field must not be dropped silently);</li>
 *   <li>dates and instants are text in ISO 8601 within {@link TemporalInput}'s range; a date-time where a date or a
 *       time of day is expected is refused, not cut to its date or time.</li>
 * </ul>
 * Only the mapper Spring MVC reads request bodies with is made strict; the application's shared mapper (which also
 * reads the application's own stored JSON) keeps its settings apart from {@link StrictNumbers} and
 * {@link StrictTextModule}. docs/api.md states the same rule for client developers.
 */
final class StrictJson {

    private StrictJson() {
    }

    static JsonMapper strict(JsonMapper mapper) {
        JsonMapper.Builder builder = mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(new SimpleModule("careerbridge-strict-temporals")
                        .addDeserializer(LocalDate.class, new TemporalDeserializer<>(LocalDate.class) {
                            @Override
                            LocalDate parse(String text) {
                                return TemporalInput.date(text);
                            }
                        })
                        .addDeserializer(LocalTime.class, new TemporalDeserializer<>(LocalTime.class) {
                            @Override
                            LocalTime parse(String text) {
                                return TemporalInput.time(text);
                            }
                        })
                        .addDeserializer(Instant.class, new TemporalDeserializer<>(Instant.class) {
                            @Override
                            Instant parse(String text) {
                                return TemporalInput.instant(text);
                            }
                        }));
        // Spelled out as well: the legacy switch above does not cover text, whose scalar coercions are separate.
        builder.withCoercionConfig(LogicalType.Textual, config -> config
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
        builder.withCoercionConfig(LogicalType.Boolean, config -> config
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            builder.withCoercionConfig(number, config -> config
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        }
        builder.withCoercionConfig(LogicalType.Enum, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
        return builder.build();
    }

    /**
     * A date or instant from JSON text only (never a number), parsed and range-checked by {@link TemporalInput}; an
     * out-of-range value travels up as {@link com.careerbridge.crm.api.error.ValueOutOfRangeException}, which Jackson
     * wraps with the field's path.
     */
    private abstract static class TemporalDeserializer<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;

        TemporalDeserializer(Class<T> type) {
            super(type);
            this.type = type;
        }

        abstract T parse(String text);

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(type, parser);
            }
            String text = parser.getString();
            try {
                return parse(text);
            } catch (DateTimeException notIso) { // an out-of-range value is no DateTimeException and travels on
                return (T) context.handleWeirdStringValue(type, text, "not an ISO-8601 %s", type.getSimpleName());
            }
        }
    }
}
