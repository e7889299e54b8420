package com.careerbridge.crm.api.http;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;

/**
 * Text in request bodies is refused (400, reason {@code invalid} at the field) when it holds a NUL or another control
 * character other than tab, line feed and carriage return, or half of a surrogate pair. PostgreSQL cannot store NUL
 * (it failed the statement, a 500), and the others are never meant by a person typing: they only turn up as garbage or
 * as attempts to confuse logs and terminals. Spring Boot adds every module bean to its JSON mapper.
 */
@Component
class StrictTextModule extends SimpleModule {

    StrictTextModule() {
        super("careerbridge-strict-text");
        addDeserializer(String.class, new StrictStringDeserializer());
    }

    static boolean acceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static final class StrictStringDeserializer extends StdScalarDeserializer<String> {

        StrictStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !acceptable(value)) {
                throw InvalidFormatException.from(parser, "control character or unpaired surrogate in text", value,
                        String.class);
            }
            return value;
        }
    }
}
